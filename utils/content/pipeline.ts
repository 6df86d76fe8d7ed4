/**
 * One analysis of a document: visible text → page metadata → detection → extraction. Reads
 * the DOM in slices (see schedule.ts) so that huge pages never block for long.
 */
import type { ExtractContext, Goal } from '../extract/types';
import {
  PLAN_THRESHOLD,
  mayBePlanPage,
  readHeadings,
  scorePlanPage,
  type Detection,
} from '../page/detect';
import { readPageMeta, type PageMeta } from '../page/page-meta';
import { createTextMapBuilder, type TextMap } from '../page/text-map';
import type { ChunkedExtractor } from './extract-chunks';
import type { Slicer } from './schedule';

export interface Analysis {
  map: TextMap;
  meta: PageMeta;
  context: ExtractContext;
  detection: Detection;
  /** True when the page is treated as a plan page (score over the threshold, or forced). */
  analysed: boolean;
  goals: Goal[];
}

export interface AnalyseOptions {
  /** Analyse whatever the score (the user asked). */
  forced: boolean;
  url: string;
  slicer: Slicer;
  extractor: ChunkedExtractor;
  /** Elements that are ours (card host) and not page text. */
  skip: (element: Element) => boolean;
  /** The visible text, when the caller has just read it. */
  map?: TextMap | undefined;
  /** A same-origin parent document whose title and headings also count (iframes). */
  parent?: Document | null;
}

/** Reads the visible text of `doc` in slices. */
export async function readVisibleText(
  doc: Document,
  slicer: Slicer,
  skip: (element: Element) => boolean,
): Promise<TextMap> {
  const builder = createTextMapBuilder(doc.body ?? doc.documentElement, { skip });
  while (!builder.step(slicer.spent)) await slicer.pause();
  return builder.result();
}

export async function analyseDocument(doc: Document, options: AnalyseOptions): Promise<Analysis> {
  const map = options.map ?? (await readVisibleText(doc, options.slicer, options.skip));
  const meta = readPageMeta(doc, map.text);
  const headings = readHeadings(doc);
  if (options.parent) {
    const outer = readPageMeta(options.parent);
    headings.push(outer.title, ...readHeadings(options.parent));
    if (!meta.publisher && outer.publisher) meta.publisher = outer.publisher;
    if (!meta.published && outer.published) meta.published = outer.published;
  }
  const context: ExtractContext = { title: meta.title, url: options.url };
  if (meta.publisher) context.publisher = meta.publisher;
  if (meta.published) context.published = meta.published;
  const input = { meta, headings, textLength: map.text.length };
  const before = scorePlanPage(input);
  if (!options.forced && !mayBePlanPage(before)) {
    return { map, meta, context, detection: before, analysed: false, goals: [] };
  }
  await options.slicer.pause();
  const goals = await options.extractor.extract(map.text, context, options.slicer);
  const detection = scorePlanPage({ ...input, goalCount: goals.length });
  const analysed = options.forced || detection.score >= PLAN_THRESHOLD;
  return { map, meta, context, detection, analysed, goals: analysed ? goals : [] };
}
