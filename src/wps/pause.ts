/**
 * The ET object model is synchronous: a long write or read holds WPS's page thread. The shell
 * works in chunks and awaits this between them, so the pane can paint its progress and stay
 * responsive. A macrotask, not a microtask: only a timer lets the browser render in between.
 */
export type Pause = () => Promise<void>;

export const nextTask: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Cells written or read between two pauses. */
export const CHUNK_CELLS = 20_000;
