/**
 * The content script's state for one document: analyse → paint → report → clips → refine,
 * plus what the user does with the result (toggle, next/previous, scroll-to, card). Every
 * browser-facing dependency comes in through `ControllerDeps`, so the whole flow runs in unit
 * tests with a fake messenger.
 */
import type { Goal } from '../extract/types';
import type { MessageType, RequestOf, ResponseOf } from '../messaging';
import type { PageState } from '../messages/page';
import { createColorApplier } from '../page/highlight-style';
import { createHighlighter, type Highlighter, type PaintKind } from '../page/highlighter';
import type { TextMap } from '../page/text-map';
import type { Locale } from '../i18n/index';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { CardUi } from './card-ui';
import { createClipsCore, type ClipsCore } from './clips-core';
import { createChunkedExtractor, type Extract } from './extract-chunks';
import { visibleSpan } from '../page/viewport';
import { anchorRect, scrollRangeIntoView, stepIndex } from './navigation';
import { createGoalPainter } from './paint';
import {
  extractDocument,
  passesWithoutItems,
  readDocument,
  readVisibleText,
  type Analysis,
  type PageReading,
} from './pipeline';
import { refineGoals } from './refine';
import { pageInfo, reportedGoals } from './report';
import type { UiModule } from './ui';
import { createSlicer } from './schedule';
import { mayBePlanPage } from '../page/detect';

/** Sends a protocol message (utils/messaging.ts `sendMessage`, or a fake in tests). */
export type Send = <K extends MessageType>(type: K, data: RequestOf<K>) => Promise<ResponseOf<K>>;

export interface ControllerDeps {
  doc: Document;
  url: () => string;
  send: Send;
  settings: Settings;
  /** The card if it was created (the UI half is loaded on first use). */
  card: () => CardUi | null;
  /** The card, creating it (and loading the UI half) when needed. */
  ensureCard: () => Promise<CardUi>;
  /** The UI half (card, clip anchoring), loaded on first use. */
  ui: () => Promise<UiModule>;
  locale: () => Locale;
  /** Elements that are ours, not page text. */
  skip: (element: Element) => boolean;
  extract?: Extract;
  /** Called when a page may need extraction, before the screen is laid out (opens the channel). */
  warm?: () => void;
  parent?: Document | null;
  /** `performance.now()` when the content script started. */
  startedAt?: number;
  /** Called after our own DOM changes (wrapper fallback): the mutation watcher drops them. */
  onOwnDomChange?: () => void;
  /** Longest wait for the metric refinement before the report goes out anyway. */
  refineTimeoutMs?: number;
}

/** Resolves whether painting may go ahead (the settings allow automatic analysis). */
export type Gate = () => Promise<boolean>;

export interface RunOptions {
  /** The visible text, when the caller has just read it. */
  map?: TextMap;
  /** Checked before anything is painted (automatic runs: detection on, site allowed). */
  gate?: Gate;
}

export interface PageController {
  /** Analyses and paints. */
  run(forced: boolean, options?: RunOptions): Promise<void>;
  /** Re-reads the page after mutations; runs again only when its text or nodes changed. */
  refresh(): Promise<void>;
  /** The page's analysis; `limit` keeps only the first goals (counts cover them all). */
  state(limit?: number): PageState;
  readonly goals: readonly Goal[];
  readonly highlighter: Highlighter;
  readonly clips: ClipsCore;
  scrollTo(goalId: string): boolean;
  navigate(direction: 'next' | 'previous'): string | null;
  toggle(on?: boolean): boolean;
  /** The goal under a viewport point, if any. */
  goalAt(x: number, y: number): Goal | null;
  openCard(goal: Goal, pinned: boolean, at?: DOMRect): void;
  applySettings(settings: Settings): void;
  /** True once the user or the page asked for analysis regardless of detection. */
  readonly forced: boolean;
  destroy(): void;
}

const GOAL_KINDS: PaintKind[] = ['target', 'deadline', 'achievement'];

export function createController(deps: ControllerDeps): PageController {
  const { doc } = deps;
  const highlighter = createHighlighter(doc, { onDomChange: () => deps.onOwnDomChange?.() });
  const colors = createColorApplier(doc, DEFAULT_SETTINGS.colors);
  colors.apply(deps.settings.colors);
  // The extractor runs in the background (see utils/background/page-extract.ts).
  const extractOnce: Extract =
    deps.extract ??
    (async (text, context) => (await deps.send('page:extract', { text, context })).goals);
  const extractor = createChunkedExtractor(extractOnce);
  let analysis: Analysis | null = null;
  let goals: Goal[] = [];
  let forced = false;
  let generation = 0;
  let lastReported = '';
  const clips = createClipsCore({ ...deps, highlighter, analysis: () => analysis });

  const byId = (id: string) => goals.find((g) => g.id === id) ?? null;

  const painter = createGoalPainter(highlighter, deps.startedAt);
  const paint = async (map: TextMap, painted: readonly Goal[], gen: number) => {
    // Without the Highlight API, the wrapper comes with the UI half (loaded here, once).
    if (highlighter.needsWrapper) highlighter.useWrapper((await deps.ui()).createWrapper(doc));
    return painter.paint(map, painted, () => gen === generation);
  };

  /**
   * First paint of the text on screen, before the whole page is extracted: a page that
   * qualifies without its items shows the goals in view at once; the full result replaces them.
   */
  const paintScreen = async (reading: PageReading, gen: number, gate?: Gate) => {
    const span = visibleSpan(reading.map);
    performance.mark('pgr:span');
    const text = reading.map.text;
    if (!span || span.end - span.start > text.length / 2) return;
    const found = await extractOnce(text.slice(span.start, span.end), reading.context);
    performance.mark('pgr:reply');
    if (gen !== generation || (gate && !(await gate()))) return;
    const shifted = found.map((g) => ({
      ...g,
      start: g.start + span.start,
      end: g.end + span.start,
    }));
    await paint(reading.map, shifted, gen);
  };

  /** Refines metrics off the page, then reports the page once (badge, store). */
  const finish = async (current: Analysis, gen: number) => {
    const url = deps.url();
    const card = deps.card();
    card?.setRefining(true);
    const refined = await refineGoals(deps.send, current, deps.refineTimeoutMs ?? 4000);
    card?.setRefining(false);
    if (gen !== generation) return;
    if (refined) {
      goals = refined;
      const shown = card?.goalId ? byId(card.goalId) : null;
      if (shown) card?.updateGoal(shown);
    }
    const info = pageInfo(current, url);
    if (info.textHash === lastReported) return;
    lastReported = info.textHash;
    await deps.send('page:report', { page: info, goals: reportedGoals(current.map.text, goals) });
    performance.mark('pgr:reported');
  };

  const controller: PageController = {
    async run(force, options = {}) {
      const gen = ++generation;
      forced = forced || force;
      const analyseOptions = {
        forced,
        map: options.map,
        url: deps.url(),
        slicer: createSlicer(),
        extractor,
        skip: deps.skip,
        parent: deps.parent ?? null,
      };
      const reading = await readDocument(doc, analyseOptions);
      if (gen !== generation) return;
      if (forced || mayBePlanPage(reading.before)) deps.warm?.();
      // The screen is painted on its own only with the Highlight API: wrapping splits the text
      // nodes that the whole page's map points to, and its goals there could not be painted.
      if (
        painter.firstPaintMs === undefined &&
        highlighter.native &&
        passesWithoutItems(reading, forced)
      ) {
        await paintScreen(reading, gen, options.gate);
      }
      const current = await extractDocument(reading, analyseOptions);
      if (gen !== generation || (options.gate && !(await options.gate()))) return;
      analysis = current;
      goals = current.goals;
      if (current.analysed) await paint(current.map, current.goals, gen);
      else for (const kind of GOAL_KINDS) highlighter.clear(kind);
      if (gen !== generation) return;
      await clips.load().catch(() => undefined);
      // The report waits for the refinement; the caller (and the first paint) does not.
      if (current.analysed) void finish(current, gen).catch(() => undefined);
    },
    async refresh() {
      const before = analysis;
      if (!before) return controller.run(false);
      const map = await readVisibleText(doc, createSlicer(), deps.skip);
      const same =
        map.text === before.map.text &&
        map.segments.length === before.map.segments.length &&
        map.segments.every((s, i) => s.node === before.map.segments[i]!.node);
      if (!same) await controller.run(false, { map });
    },
    state(limit) {
      const counts = { target: 0, deadline: 0, achievement: 0 };
      for (const g of goals) counts[g.kind] += 1;
      const state: PageState = {
        analysed: analysis?.analysed ?? false,
        page: analysis ? pageInfo(analysis, deps.url()) : null,
        goals: limit !== undefined && limit >= 0 ? goals.slice(0, limit) : goals,
        counts,
        highlightsOn: highlighter.visible,
        clips: clips.states(),
      };
      if (analysis) state.reasons = analysis.detection.reasons;
      if (painter.firstPaintMs !== undefined) state.firstPaintMs = painter.firstPaintMs;
      return state;
    },
    get goals() {
      return goals;
    },
    highlighter,
    clips,
    scrollTo(goalId) {
      const goal = byId(goalId);
      const range = highlighter.rangeOf(goalId);
      if (!goal || !range) return false;
      if (!highlighter.visible) controller.toggle(true);
      scrollRangeIntoView(range);
      painter.focus(goalId);
      highlighter.flash(goalId);
      controller.openCard(goal, true);
      return true;
    },
    navigate(direction) {
      const painted = goals.filter((g) => highlighter.rangeOf(g.id));
      const index = stepIndex(
        painted.findIndex((g) => g.id === painter.focused),
        painted.length,
        direction,
      );
      const next = painted[index];
      if (!next) return null;
      controller.scrollTo(next.id);
      return next.id;
    },
    toggle(on) {
      const next = on ?? !highlighter.visible;
      highlighter.setVisible(next);
      if (!next) deps.card()?.hide();
      return next;
    },
    goalAt(x, y) {
      for (const id of highlighter.hitTest(x, y)) {
        const goal = byId(id);
        if (goal) return goal;
      }
      return null;
    },
    openCard(goal, pinned, at) {
      const range = highlighter.rangeOf(goal.id);
      const rect = at ?? (range ? anchorRect(range) : null);
      if (!rect) return;
      void deps
        .ensureCard()
        .then((card) => card.showGoal(goal, rect, pinned))
        .catch(() => undefined);
    },
    applySettings(settings) {
      colors.apply(settings.colors);
    },
    get forced() {
      return forced;
    },
    destroy() {
      generation += 1;
      highlighter.destroy();
      colors.remove();
    },
  };
  return controller;
}
