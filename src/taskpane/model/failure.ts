/** The message an operation failed with, as text fit to show (never a stack trace). */
export function failureReason(error: unknown): string | null {
  if (error instanceof Error) return error.message.trim() || null;
  if (typeof error === 'string') return error.trim() || null;
  return null;
}
