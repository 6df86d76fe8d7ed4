import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSpan } from './selectors';

describe('describeSpan', () => {
  const text =
    '一是深化改革。' + '甲'.repeat(40) + '双随机抽查事项覆盖率达到100%' + '乙'.repeat(40);
  const start = text.indexOf('双随机');
  const end = text.indexOf('%') + 1;

  it('keeps the quote, 32 characters of context and the position', () => {
    const { quote, position } = describeSpan(text, start, end);
    expect(quote.exact).toBe('双随机抽查事项覆盖率达到100%');
    expect(quote.prefix).toBe('甲'.repeat(CONTEXT_LENGTH));
    expect(quote.suffix).toBe('乙'.repeat(CONTEXT_LENGTH));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('shortens the context at the edges of the text', () => {
    const { quote } = describeSpan(text, 0, 4);
    expect(quote.prefix).toBe('');
    expect(quote.exact).toBe('一是深化');
  });

  it('refuses spans outside the text', () => {
    expect(() => describeSpan(text, 5, 4)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, text.length + 1)).toThrow(/outside/);
  });
});
