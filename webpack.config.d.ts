// Types for the part of webpack.config.js the tests import (the WPS package's copy patterns).
export interface CopyPattern {
  readonly from: string;
  readonly to: string;
  readonly transform?: (content: Buffer) => Buffer | string;
}

export function wpsAddin(
  production: boolean,
  baseUrl?: string,
): { entry: Record<string, string>; plugins: unknown[]; patterns: CopyPattern[] };

declare const config: (env: unknown, argv: { mode?: string }) => Promise<unknown>;
export default config;
