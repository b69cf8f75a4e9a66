import { LocalizedError, type Lang } from '../../core/i18n';
import { RectifyError } from '../../office/errors';

/**
 * The message an operation failed with, as text fit to show (never a stack trace): a catalogue
 * message in the pane's language, or the error's own text.
 */
export function failureReason(error: unknown, lang: Lang = 'zh'): string | null {
  if (error instanceof LocalizedError) return error.text(lang).trim() || null;
  if (error instanceof RectifyError) return error.text(lang).trim() || null;
  if (error instanceof Error) return error.message.trim() || null;
  if (typeof error === 'string') return error.trim() || null;
  return null;
}
