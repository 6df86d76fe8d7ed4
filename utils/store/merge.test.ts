import { describe, expect, it } from 'vitest';
import { mergeNote, mergeTags } from './merge';

describe('merging annotations', () => {
  it.each([
    [undefined, undefined, undefined],
    ['甲', undefined, '甲'],
    [undefined, '乙', '乙'],
    ['', '乙', '乙'],
    ['甲', '甲', '甲'],
    ['年底核对', '核对', '年底核对'],
    ['核对', '年底核对', '年底核对'],
    ['甲', '乙', '甲\n乙'],
  ])('notes %j + %j → %j', (local, incoming, expected) => {
    expect(mergeNote(local, incoming)).toBe(expected);
  });

  it('unites tags, stored ones first', () => {
    expect(mergeTags(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(mergeTags(undefined, ['x'])).toEqual(['x']);
    expect(mergeTags(['x'], [])).toEqual(['x']);
    expect(mergeTags(undefined, undefined)).toBeUndefined();
  });
});
