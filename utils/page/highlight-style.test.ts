import { describe, expect, it } from 'vitest';
import { colorRules, HIGHLIGHT_TEXT_COLOR, isSafeColor } from './highlight-style';

describe('colorRules', () => {
  it('paints each kind with its colour and a dark text colour', () => {
    const css = colorRules({ target: '#ffe08a', clip: 'rgb(245, 198, 240)' });
    expect(css).toContain('::highlight(pgr-target) { background-color: #ffe08a; color: #1a1a1a; }');
    expect(css).toContain('pgr-mark[data-pgr-kind="clip"]');
    expect(css).not.toContain('pgr-deadline');
  });

  it('drops values that could break out of the declaration', () => {
    expect(isSafeColor('red; } body { display: none')).toBe(false);
    expect(isSafeColor('url(https://x.invalid/a.png)')).toBe(false);
    expect(colorRules({ target: 'red}body{display:none' })).toBe('');
  });
});

describe('default highlight colours', () => {
  /** WCAG relative luminance of a #rrggbb colour. */
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('are distinct and keep the text readable (WCAG AAA, ≥ 7:1)', async () => {
    const { DEFAULT_SETTINGS } = await import('../settings');
    const colors = Object.values(DEFAULT_SETTINGS.colors);
    expect(new Set(colors).size).toBe(colors.length);
    for (const color of colors) {
      expect(contrast(color, HIGHLIGHT_TEXT_COLOR)).toBeGreaterThanOrEqual(7);
    }
  });
});
