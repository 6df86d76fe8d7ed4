/**
 * Segmenters for the Node tools: segmentit (loaded lazily — 3.8 MB and ~0.5 s to initialise,
 * so only commands that ask for it pay) and `Intl.Segmenter`.
 */
import type { Segmenter } from '../../utils/extract/types';

/** Names accepted by `--segmenter`. */
export type SegmenterName = 'segmentit' | 'intl' | 'none';

interface SegmentitModule {
  Segment: new () => { doSegment(text: string, options: { simple: true }): string[] };
  useDefault: <T>(segment: T) => T;
}

/** Loads segmentit and returns it as a `Segmenter`, with the time its initialisation took. */
export async function loadSegmentit(): Promise<{ segmenter: Segmenter; initMs: number }> {
  const started = performance.now();
  const mod = (await import('segmentit')) as unknown as SegmentitModule & {
    default?: SegmentitModule;
  };
  const { Segment, useDefault } = mod.default ?? mod;
  const segment = useDefault(new Segment());
  const segmenter: Segmenter = (text) => segment.doSegment(text, { simple: true });
  return { segmenter, initMs: performance.now() - started };
}

/** `Intl.Segmenter` for Chinese words as a `Segmenter`. */
export function intlSegmenter(): Segmenter {
  const words = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => Array.from(words.segment(text), (w) => w.segment);
}

/** The segmenter named on the command line (undefined for `none`). */
export async function segmenterNamed(name: string): Promise<Segmenter | undefined> {
  if (name === 'none') return undefined;
  if (name === 'intl') return intlSegmenter();
  if (name === 'segmentit') return (await loadSegmentit()).segmenter;
  throw new Error(`Unknown segmenter "${name}" (segmentit, intl or none)`);
}
