// ExcelJS's number-format writer has no published types; this is the one lookup the patch uses.
declare module 'exceljs/lib/xlsx/xform/style/numfmt-xform.js' {
  const NumFmtXform: {
    /** The built-in id ExcelJS gives a format code (`General` → 0, `mm-dd-yy` → 14), if any. */
    getDefaultFmtId(formatCode: string): number | undefined;
  };
  export default NumFmtXform;
}
