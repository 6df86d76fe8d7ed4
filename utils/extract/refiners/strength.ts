/**
 * Sets `strength` on targets and deadlines: the last cue before the item in its `；`-delimited
 * segment (确保/坚决/必须 → must; 力争/争取/努力 → strive). A cue governs forward across commas
 * and 、 (争创2家…和1家…,中国驰名商标3件 → all strive) but never backward (驰名商标总量达12件以上,
 * 在原有的9件上力争增加3件 → plan, then strive) and never across `；` — except that a cue in the
 * line that opens a list (力争实现以下目标:) governs every item on the list.
 */
import type { Candidate, Refiner } from '../candidate';
import { segmentAt } from '../clauses';
import type { Doc } from '../doc';
import { openerAt } from '../openers';
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
  if (lastMust >= 0 || lastStrive >= 0) return lastMust > lastStrive ? 'must' : 'strive';
  return openerStrength(doc, c);
}

/** A cue in the line that opens a list governs every item on it (力争实现以下目标:). */
function openerStrength(doc: Doc, c: Candidate): Strength {
  const opener = openerAt(doc, c.anchorStart);
  if (!opener) return 'plan';
  const { must, strive, obtain } = doc.cues;
  const lastMust = lastIn(must, opener.start, opener.end);
  const lastStrive = Math.max(
    lastIn(strive, opener.start, opener.end),
    lastIn(obtain, opener.start, opener.end),
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
