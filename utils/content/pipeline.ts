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

/** What is known before extraction: text, metadata, context and the score without items. */
export interface PageReading {
  map: TextMap;
  meta: PageMeta;
  context: ExtractContext;
  headings: string[];
  /** Detection without the item density. */
  before: Detection;
}

/** Reads the page: visible text, metadata, headings (with a same-origin parent's). */
export async function readDocument(doc: Document, options: AnalyseOptions): Promise<PageReading> {
  const map = options.map ?? (await readVisibleText(doc, options.slicer, options.skip));
  performance.mark('pgr:text-read');
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
  const before = scorePlanPage({ meta, headings, textLength: map.text.length });
  return { map, meta, context, headings, before };
}

/** True when the page is analysed whatever its items (forced, or cues enough on their own). */
export function passesWithoutItems(reading: PageReading, forced: boolean): boolean {
  return forced || reading.before.score >= PLAN_THRESHOLD;
}

/** Extracts the whole text and completes detection with the item density. */
export async function extractDocument(
  reading: PageReading,
  options: AnalyseOptions,
): Promise<Analysis> {
  const { map, meta, context, headings, before } = reading;
  if (!options.forced && !mayBePlanPage(before)) {
    return { map, meta, context, detection: before, analysed: false, goals: [] };
  }
  await options.slicer.pause();
  const goals = await options.extractor.extract(map.text, context, options.slicer);
  performance.mark('pgr:extracted');
  const detection = scorePlanPage({
    meta,
    headings,
    textLength: map.text.length,
    goalCount: goals.length,
  });
  const analysed = options.forced || detection.score >= PLAN_THRESHOLD;
  return { map, meta, context, detection, analysed, goals: analysed ? goals : [] };
}

/** Reads and extracts in one go. */
export async function analyseDocument(doc: Document, options: AnalyseOptions): Promise<Analysis> {
  return extractDocument(await readDocument(doc, options), options);
}
