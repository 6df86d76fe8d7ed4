import { describe, expect, it } from 'vitest';
import { parseChineseNumber, readNumberAt, roundFraction } from './numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['五', 5],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十五', 25],
    ['一百', 100],
    ['一百零五', 105],
    ['一千二百', 1200],
    ['三千万', 30_000_000],
    ['一万二千', 12_000],
    ['一亿二千万', 120_000_000],
    ['两万亿', 2e12],
    ['二〇二五', 2025],
    ['二零二一', 2021],
  ])('%s → %d', (run, value) => {
    expect(parseChineseNumber(run)).toBe(value);
  });

  it.each(['十四五', '一二', '万', '五五', ''])('rejects %s', (run) => {
    expect(parseChineseNumber(run)).toBeNaN();
  });
});

describe('readNumberAt', () => {
  it('multiplies 万 and 亿 into Arabic numbers', () => {
    expect(readNumberAt('68.2万户', 0)).toMatchObject({ value: 682_000, end: 5, chinese: false });
    expect(readNumberAt('3.3亿元', 0)).toMatchObject({ value: 330_000_000, end: 4 });
    expect(readNumberAt('134.9万亿元', 0)).toMatchObject({ value: 134.9e12, end: 7 });
    expect(readNumberAt('1.4万余家', 0)).toMatchObject({ value: 14_000, more: true, end: 5 });
  });

  it('reads 余 between a number and its multiplier (30余万批次)', () => {
    expect(readNumberAt('30余万批次', 0)).toMatchObject({ value: 300_000, more: true, end: 4 });
    expect(readNumberAt('十余万人', 0)).toMatchObject({ value: 100_000, more: true, end: 3 });
  });

  it('reads Chinese numerals and stops at the next word', () => {
    expect(readNumberAt('开展不少于三个块状产业', 5)).toMatchObject({
      value: 3,
      end: 6,
      chinese: true,
    });
    expect(readNumberAt('两场新闻发布会', 0)).toMatchObject({ value: 2, end: 1 });
  });

  it('returns null where no number starts', () => {
    expect(readNumberAt('市场监管', 0)).toBeNull();
    expect(readNumberAt('十四五', 0)).toBeNull();
  });

  it('reads thousands separators only in groups of three', () => {
    expect(readNumberAt('12,000人', 0)).toMatchObject({ value: 12_000, end: 6 });
    expect(readNumberAt('1,234,567元', 0)).toMatchObject({ value: 1_234_567 });
    expect(readNumberAt('5,10', 0)).toMatchObject({ value: 5, end: 1 });
  });

  it('removes binary noise from products', () => {
    expect(readNumberAt('9265.2万元', 0)?.value).toBe(92_652_000);
  });
});

describe('roundFraction', () => {
  it('keeps four significant digits (三分之一 → 0.3333, 10/百万 → 0.00001)', () => {
    expect(roundFraction(1 / 3)).toBe(0.3333);
    expect(roundFraction(10 / 1e6)).toBe(0.00001);
    expect(roundFraction(3 / 1e4)).toBe(0.0003);
  });
});
