import { describe, expect, it } from 'vitest';
import { colorRules, isSafeColor } from './highlight-style';

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
