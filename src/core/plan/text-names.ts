/**
 * A plan's text name (PlanTextName) as the formula every host stores for it: the text as a string
 * constant, quotes doubled, without the leading `=` (`"0f8e…"`). Shells write it as given.
 */
export function textConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
