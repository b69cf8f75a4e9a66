import { escapeXml } from './xml-text';
/* eslint-disable no-control-regex -- control characters are exactly what is dropped */
/** Characters to escape, and characters XML 1.0 does not allow (dropped, as ExcelJS drops them). */
const SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
/* eslint-enable no-control-regex */

/**
 * Document text as XML element or attribute content, the way ExcelJS writes it (utils.xmlEncode):
 * `& < > " '` escaped, control characters other than tab, line feed and carriage return dropped
 * (XML 1.0 cannot carry them; a lone surrogate becomes U+FFFD when the text is encoded). U+FFFE
 * and U+FFFF, which ExcelJS lets through into a file no XML reader accepts, are dropped too.
 */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return escapeXml(text.replace(NOT_IN_XML, ''));
}
