import { escapeXml, findElement, tagsOf, unescapeXml, withAttribute } from './xml-text';

/**
 * docProps/app.xml lists the sheet names (TitlesOfParts, counted in HeadingPairs). Excel rebuilds
 * it on save and no reader relies on it, but a stale list is untidy, so it is updated when it has
 * the usual shape: the first heading pair counts the worksheets, whose names come first in
 * TitlesOfParts, in workbook order. Any other shape is left exactly as it is (returns null).
 */
export function updateSheetTitles(
  xml: string,
  before: readonly string[],
  after: readonly string[],
): string | null {
  const headings = findElement(xml, 'HeadingPairs');
  const titles = findElement(xml, 'TitlesOfParts');
  if (headings === null || titles === null || headings.empty || titles.empty) return null;
  const headingVector = findElement(xml, 'vt:vector', headings.openEnd);
  const titleVector = findElement(xml, 'vt:vector', titles.openEnd);
  if (headingVector === null || titleVector === null || titleVector.empty) return null;

  const firstCount = /<vt:i4>(\d+)<\/vt:i4>/.exec(
    xml.slice(headingVector.openEnd, headingVector.closeStart),
  );
  if (firstCount?.[1] === undefined || Number(firstCount[1]) !== before.length) return null;
  const countAt = headingVector.openEnd + (firstCount.index ?? 0);

  const inner = xml.slice(titleVector.openEnd, titleVector.closeStart);
  const entries = [...inner.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>|<vt:lpstr\/>/g)];
  const names = entries.map((m) => unescapeXml(m[1] ?? ''));
  if (names.length < before.length || before.some((n, i) => names[i] !== n)) return null;
  const rest = entries.slice(before.length).map((m) => m[0]);
  if (tagsOf(inner, 'vt:lpstr').length !== entries.length) return null;

  const vector =
    withAttribute(titleVector.openTag, 'size', String(after.length + rest.length)) +
    after.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('') +
    rest.join('') +
    '</vt:vector>';
  return (
    xml.slice(0, countAt) +
    `<vt:i4>${after.length}</vt:i4>` +
    xml.slice(countAt + firstCount[0].length, titleVector.start) +
    vector +
    xml.slice(titleVector.end)
  );
}
