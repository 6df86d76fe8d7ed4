/**
 * Sets `strength` on targets and deadlines: the last cue before the item in its `；`-delimited
 * segment (确保/坚决/必须 → must; 力争/争取/努力 → strive). A cue governs forward across commas
 * and 、 (争创2家…和1家…,中国驰名商标3件 → all strive) but never backward (驰名商标总量达12件以上,
 * 在原有的9件上力争增加3件 → plan, then strive) and never across `；`.
 */
import type { Candidate, Refiner } from '../candidate';
import { segmentAt } from '../clauses';
import type { Doc } from '../doc';
import { MUST, STRIVE } from '../lexicon';
import type { Strength } from '../types';

/**
 * Offset of the last cue in `text`. 争取 is also a plain verb ("obtain": 争取国家项目投资3000万元,
 * 监管所按照…), so it governs only its own clause, from `clauseFrom` on.
 */
function lastCue(re: RegExp, text: string, clauseFrom: number): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] !== '争取' || m.index >= clauseFrom) at = m.index;
  }
  return at;
}

function strengthOf(doc: Doc, c: Candidate): Strength {
  const segment = segmentAt(doc.index, c.anchorStart);
  const text = doc.norm.slice(segment.start, c.anchorStart);
  const clauseFrom = c.clause.start - segment.start;
  const must = lastCue(MUST, text, clauseFrom);
  const strive = lastCue(STRIVE, text, clauseFrom);
  if (must < 0 && strive < 0) return 'plan';
  return must > strive ? 'must' : 'strive';
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
