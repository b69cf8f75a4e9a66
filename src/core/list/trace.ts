/**
 * What the parser took out of the text as structure rather than content: labels, numbering, list
 * separators, 等, group headings. Not part of the output contract; the lossless tests read it to
 * prove that every character of the document is either in a field, in a diagnostic, or one of these.
 */
export type ConsumedKind =
  | 'attachment'
  | 'item-number'
  | 'label'
  | 'measure-number'
  | 'group-number'
  | 'group-name'
  | 'separator'
  | 'etc'
  /** Parentheses, role words (`牵头`, `配合`) and labels of units named on a measure. */
  | 'inline-role'
  /** A name copied from a measure onto its item: the same characters once more, not new text. */
  | 'gathered';

export interface Consumed {
  readonly line: number;
  readonly kind: ConsumedKind;
  readonly text: string;
}

export type Trace = Consumed[];
