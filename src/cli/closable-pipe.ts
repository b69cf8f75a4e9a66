import type { Writable } from 'node:stream';

/**
 * A writer for stdout or stderr that a reader may close early (`rectify parse … | head`).
 * A closed pipe (EPIPE) means nobody reads the rest, not that the command failed: later text
 * is dropped and the command runs to its end, so a workbook it is writing is still written
 * whole. Any other stream error is left to Node, which reports it.
 */
export function closablePipe(stream: Writable): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
