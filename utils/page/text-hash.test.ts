import { describe, expect, it } from 'vitest';
import { textHash } from './text-hash';

describe('textHash', () => {
  it('is stable and 16 hex digits long', () => {
    expect(textHash('到2025年建成')).toBe(textHash('到2025年建成'));
    expect(textHash('')).toMatch(/^[0-9a-f]{16}$/);
  });
  it('changes when one character changes', () => {
    expect(textHash('覆盖率达到100%')).not.toBe(textHash('覆盖率达到90%'));
    expect(textHash('ab')).not.toBe(textHash('ba'));
  });
});
