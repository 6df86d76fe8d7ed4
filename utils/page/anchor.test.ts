import { describe, expect, it } from 'vitest';
import { anchorSpan, type SavedSpan } from './anchor';
import { describeSpan } from './selectors';

const PARAGRAPH =
  '二是加强特种设备安全监管。坚持“细查、严管、重罚、实改”原则,扎实推进特种设备安全专项整治三年行动,' +
  '确保特种设备万台事故率控制在0.25以内,坚决防范一次死亡3人以上的特种设备责任事故。';

/** Saves `quote` as found in `text`, the way the content script does. */
function save(text: string, quote: string, occurrence = 0): SavedSpan {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  const { quote: q, position } = describeSpan(text, start, start + quote.length);
  return { exact: q.exact, prefix: q.prefix, suffix: q.suffix, ...position };
}

describe('anchorSpan', () => {
  const quote = '确保特种设备万台事故率控制在0.25以内';

  it('finds an unchanged quote exactly', () => {
    const span = save(PARAGRAPH, quote);
    const result = anchorSpan(PARAGRAPH, span);
    expect(result).toMatchObject({ status: 'anchored', method: 'exact', start: span.start });
  });

  it('follows the quote when text is inserted before it', () => {
    const span = save(PARAGRAPH, quote);
    const moved = '新增一段文字。' + PARAGRAPH;
    const result = anchorSpan(moved, span);
    expect(result.status).toBe('anchored');
    if (result.status === 'anchored') expect(moved.slice(result.start, result.end)).toBe(quote);
  });

  it('picks the saved occurrence among copies by position, then by context', () => {
    const text = `甲方说:${quote}。乙方说:${quote}。`;
    const second = save(text, quote, 1);
    expect(anchorSpan(text, second)).toMatchObject({ method: 'position', start: second.start });
    const shifted = '前言。' + text;
    const result = anchorSpan(shifted, second);
    expect(result).toMatchObject({ status: 'anchored', method: 'context' });
    if (result.status === 'anchored')
      expect(shifted.slice(result.start - 4, result.start)).toBe('乙方说:');
  });

  it('lands on a slightly edited quote by fuzzy matching with its context', () => {
    const span = save(PARAGRAPH, quote);
    const edited = PARAGRAPH.replace('控制在0.25以内', '控制在0.2以内');
    const result = anchorSpan(edited, span);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    if (result.status === 'anchored') {
      expect(edited.slice(result.start, result.end)).toContain('万台事故率控制在0.2');
    }
  });

  it('orphans a quote that is gone or rewritten', () => {
    const span = save(PARAGRAPH, quote);
    expect(anchorSpan(PARAGRAPH.replace(quote, ''), span).status).toBe('orphaned');
    const rewritten = PARAGRAPH.replace(quote, '全面提升电梯安全水平并开展专项检查');
    expect(anchorSpan(rewritten, span).status).toBe('orphaned');
  });

  it('does not put a short quote in a different context', () => {
    const span = save(PARAGRAPH, '0.25以内');
    const elsewhere = '完全不同的一段话,其中也说到0.25以内的指标要求,但与特种设备无关。';
    expect(anchorSpan(elsewhere, span).status).toBe('orphaned');
  });

  it('orphans identical copies that nothing tells apart', () => {
    const span = {
      exact: '达到100%',
      prefix: '原来的前文',
      suffix: '原来的后文',
      start: 999,
      end: 1005,
    };
    expect(anchorSpan('甲达到100%乙。甲达到100%乙。', span).status).toBe('orphaned');
  });
});
