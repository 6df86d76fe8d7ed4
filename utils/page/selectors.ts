/**
 * Selectors that describe a span of a page's visible text so that it can be found again later
 * (the W3C Web Annotation TextQuoteSelector and TextPositionSelector). Pure: works on the text
 * only, so the content script, the store and the exporters share it.
 */

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** UTF-16 offsets into the page's visible text. */
  start: number;
  end: number;
}

export interface SpanSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Describes `text.slice(start, end)` with its quote, 32-character context and position. */
export function describeSpan(text: string, start: number, end: number): SpanSelectors {
  if (!(0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`Span ${start}–${end} is outside a text of length ${text.length}.`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
