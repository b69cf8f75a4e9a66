import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A part of the product the benchmark measures only when it exists on this branch. */
export type Optional<T> =
  | { readonly available: true; readonly value: T }
  | { readonly available: false; readonly reason: string };

/**
 * Loads `exportName` from a module of the repository (path from the repository root, without
 * `.ts`) if the file exists and exports a function of that name; otherwise says what is missing.
 * Parts written in parallel by other engineers are measured once they land, never faked.
 */
export async function optionalFunction<F>(
  modulePath: string,
  exportName: string,
): Promise<Optional<F>> {
  const url = new URL(`../${modulePath}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    return { available: false, reason: `${modulePath}.ts is not on this branch yet` };
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(url.href)) as Record<string, unknown>;
  } catch (error) {
    // A part that exists but does not load is reported, not hidden; the other sections still run.
    const message = error instanceof Error ? error.message : String(error);
    return {
      available: false,
      reason: `${modulePath}.ts failed to load: ${message.split('\n')[0]}`,
    };
  }
  const value = module[exportName];
  if (typeof value !== 'function') {
    return { available: false, reason: `${modulePath}.ts has no function ${exportName}` };
  }
  return { available: true, value: value as F };
}
