/**
 * A minimal OLE compound file (the container of .xls, .doc and password-encrypted .xlsx files):
 * the header and one directory sector naming the given streams. Enough for content sniffing;
 * no real stream data.
 */
export function oleContainer(streams: readonly string[]): Uint8Array {
  const entries = ['Root Entry', ...streams];
  const sectors = Math.ceil(entries.length / 4);
  const bytes = new Uint8Array(512 + sectors * 512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes[0x1a] = 0x3e; // minor version
  bytes[0x1c] = 0xfe; // byte order mark
  bytes[0x1d] = 0xff;
  bytes[0x1e] = 9; // 512-byte sectors
  entries.forEach((name, i) => {
    const at = 512 + i * 128;
    for (let c = 0; c < name.length; c++) bytes[at + c * 2] = name.charCodeAt(c);
    bytes[at + 64] = (name.length + 1) * 2;
    bytes[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return bytes;
}
