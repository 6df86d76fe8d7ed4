/**
 * Decides `target` / `deadline` / `achievement`. Order of evidence, nearest first:
 * 1. a task name in a progress table (the 项目名称 column) states a target;
 * 2. tense cues in the sentence (累计, 已, 截至, 同比 look back; 力争, 确保, 计划, 到2025年 look
 *    forward): the nearest before the item, else the first after it;
 *    A period with its own year that ended before publication (“十三五”期间 in a 2023 plan)
 *    looks back too;
 * 3. the mode of the nearest heading, then of the title (完成情况, 总结 → results;
 *    计划, 目标, 规划 → commitments); without any, a commitment.
 * A deadline in a reporting passage is not a commitment and is dropped.
 */
import type { Candidate, Refiner } from '../candidate';
import { sentenceAt } from '../clauses';
import type { Doc } from '../doc';
import { modeAt } from '../doc';
import { firstIn, lastIn } from '../cues';
import { phraseFor } from './due';
import type { GoalKind } from '../types';

/** The tense cue nearest before the item in its sentence; failing that, the first after it. */
function tense(doc: Doc, c: Candidate): 'past' | 'future' | undefined {
  const { past, future } = doc.cues;
  const sentence = sentenceAt(doc.index, c.anchorStart);
  const lastPast = lastIn(past, sentence.start, c.anchorEnd);
  const lastFuture = lastIn(future, sentence.start, c.anchorEnd);
  if (lastPast >= 0 || lastFuture >= 0) return lastPast > lastFuture ? 'past' : 'future';
  const nextPast = firstIn(past, c.anchorEnd, sentence.end);
  const nextFuture = firstIn(future, c.anchorEnd, sentence.end);
  if (nextPast < 0 && nextFuture < 0) return undefined;
  if (nextFuture < 0) return 'past';
  return nextPast >= 0 && nextPast < nextFuture ? 'past' : 'future';
}

/** A period that ended before the page was published (“十三五”期间 in a 2023 plan) looks back. */
function endedBeforePublication(doc: Doc, c: Candidate): boolean {
  const published = doc.context.published;
  if (!published) return false;
  const phrase = phraseFor(doc, c);
  if (!phrase?.absolute) return false;
  const due = phrase.due(undefined);
  return due !== undefined && due < published;
}

function kindOf(doc: Doc, c: Candidate): GoalKind {
  const info = doc.sections.at(c.anchorStart);
  if (info.heading?.task) return c.source === 'deadline' ? 'deadline' : 'target';
  const t = endedBeforePublication(doc, c) ? 'past' : tense(doc, c);
  const looksBack = t === 'past' || (t === undefined && modeAt(doc, c.anchorStart) === 'report');
  if (looksBack) return 'achievement';
  return c.source === 'deadline' ? 'deadline' : 'target';
}

/** Sets `kind`; drops deadlines that look back (a reported date is no commitment). */
export const kindRefiner: Refiner = {
  name: 'kind',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const kind = kindOf(doc, c);
      if (c.source === 'deadline' && kind === 'achievement') continue;
      out.push({ ...c, kind });
    }
    return out;
  },
};
