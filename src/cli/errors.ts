import { render, type Lang, type Message } from '../core/i18n';

/**
 * A failure the user can act on: printed as one line in the program's language, never as a stack
 * trace. It carries a catalogue message (rendered when printed) or a line already said in the
 * program's language.
 */
export class CliError extends Error {
  constructor(
    readonly said: string | Message,
    readonly exitCode: number = 2,
  ) {
    super(typeof said === 'string' ? said : render('zh', said));
    this.name = 'CliError';
  }

  text(lang: Lang): string {
    return typeof this.said === 'string' ? this.said : render(lang, this.said);
  }
}
