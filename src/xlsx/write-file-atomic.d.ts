// write-file-atomic ships no types; this is the one call the shell uses.
declare module 'write-file-atomic' {
  function writeFileAtomic(
    filename: string,
    data: string | Uint8Array,
    options?: { readonly mode?: number; readonly fsync?: boolean },
  ): Promise<void>;
  export default writeFileAtomic;
}
