import {
  createDarkTheme,
  createLightTheme,
  type BrandVariants,
  type Theme,
} from '@fluentui/react-components';

/** Excel's green, so the pane's accents match the host. */
const EXCEL_GREEN = [0x10, 0x7c, 0x41] as const;

function hex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: readonly number[], to: readonly number[], t: number): number[] {
  return from.map((c, i) => c + ((to[i] ?? c) - c) * t);
}

/** A 16-step brand ramp with Excel green at step 80, where Fluent takes its primary colour. */
export function excelBrand(): BrandVariants {
  const black = [0, 0, 0];
  const white = [255, 255, 255];
  const steps = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;
  const ramp: Record<number, string> = {};
  for (const step of steps) {
    ramp[step] =
      step <= 80
        ? hex(mix(black, EXCEL_GREEN, 0.15 + (0.85 * (step - 10)) / 70))
        : hex(mix(EXCEL_GREEN, white, ((step - 80) / 90) * 0.95));
  }
  return ramp as BrandVariants;
}

/** True when Office's body background is dark (Office's dark and black themes). */
export function isDarkBackground(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => parseInt(c ?? '0', 16));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 128;
}

export function paneTheme(dark: boolean): Theme {
  const brand = excelBrand();
  return dark ? createDarkTheme(brand) : createLightTheme(brand);
}
