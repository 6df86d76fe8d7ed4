/**
 * Sets `strength` on targets and deadlines: the last cue before the item in its `；`-delimited
 * segment (确保/坚决/必须 → must; 力争/争取/努力 → strive). A cue governs forward across commas
 * and 、 (争创2家…和1家…,中国驰名商标3件 → all strive) but never backward (驰名商标总量达12件以上,
 * 在原有的9件上力争增加3件 → plan, then strive) and never across `；`.
 */
import type { Candidate, Refiner } from '../candidate';
import { segmentAt } from '../clauses';
import type { Doc } from '../doc';
import { lastIn } from '../cues';
import type { Strength } from '../types';

function strengthOf(doc: Doc, c: Candidate): Strength {
  const { must, strive, obtain } = doc.cues;
  const segment = segmentAt(doc.index, c.anchorStart);
  // Up to the anchor's end: an end state may begin with its cue (坚决遏制…事故发生).
  const to = c.source === 'state' ? c.anchorEnd : c.anchorStart;
  const lastMust = lastIn(must, segment.start, to);
  // 争取 is also a plain verb ("obtain": 争取国家项目投资3000万元,监管所按照…), so it governs only
  // its own clause.
  const lastStrive = Math.max(
    lastIn(strive, segment.start, to),
    lastIn(obtain, Math.max(segment.start, c.clause.start), to),
  );
  if (lastMust < 0 && lastStrive < 0) return 'plan';
  return lastMust > lastStrive ? 'must' : 'strive';
}

/** Sets `strength` (only for targets and deadlines). */
export const strengthRefiner: Refiner = {
  name: 'strength',
  refine(doc, candidates) {
    return candidates.map((c) =>
      c.kind === 'achievement' ? c : { ...c, strength: strengthOf(doc, c) },
    );
  },
};
