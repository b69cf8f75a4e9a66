/**
 * Files the pane hands to the user: a download through a Blob link, and the base64 Excel's
 * `createWorkbook` takes. Browser-only (URL.createObjectURL), nothing kept after `revoke`.
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface OfferedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** An object URL for the download link; revoke it when the file is no longer offered. */
  readonly url: string;
}

export function offerFile(fileName: string, bytes: Uint8Array, type: string): OfferedFile {
  // A copy of the bytes as an ArrayBuffer, the type Blob takes.
  const blob = new Blob([bytes.slice().buffer], { type });
  return { fileName, bytes, url: URL.createObjectURL(blob) };
}

export function revokeFiles(files: readonly OfferedFile[]): void {
  for (const f of files) URL.revokeObjectURL(f.url);
}

/** Starts a download as a click on a link would (the link lives only for the click). */
export function download(file: OfferedFile): void {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Downloads files one after another, a moment apart: browsers drop (or ask about) a burst of
 * downloads started by one click, Chromium after ten.
 */
export async function downloadEach(files: readonly OfferedFile[], gapMs = 250): Promise<void> {
  for (const [i, file] of files.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    download(file);
  }
}

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
