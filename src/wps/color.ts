import { LocalizedError, message } from '../core/i18n';

/**
 * ET colours are numbers in VBA's RGB() order: red + green·256 + blue·65536 (BGR in hex). The plan
 * gives `#RRGGBB`.
 */
export function etColor(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new LocalizedError(message('wps.notColour', { value: hex }));
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x ?? '0', 16)) as [
    number,
    number,
    number,
  ];
  return r + g * 256 + b * 65536;
}
