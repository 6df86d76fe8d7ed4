/**
 * Runs the extractor over a corpus folder and scores it against a gold folder. Shared by
 * `npm run eval` and the score-floor test, so both compute exactly the same figures.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractGoals } from '../../utils/extract/index';
import type { Counts, Scores } from '../../utils/extract/score';
import { addCounts, countDocument, emptyCounts, scoresOf } from '../../utils/extract/score';
import type { Goal } from '../../utils/extract/types';
import type { GoldItem } from './corpus';
import { readCorpus, readGold } from './corpus';

/** Scores of one document, with what was predicted and the gold, for reports. */
export interface DocumentResult {
  id: string;
  counts: Counts;
  scores: Scores;
  predicted: Goal[];
  gold: GoldItem[];
  text: string;
}

/** The evaluation of a whole corpus. */
export interface Evaluation {
  documents: DocumentResult[];
  overall: Scores;
  counts: Counts;
}

/** Default folders: the fixtures copied from ../shared. */
export const DEFAULT_CORPUS = 'test/fixtures/corpus';
export const DEFAULT_GOLD = 'test/fixtures/gold';

/** Extracts and scores every corpus document that has a gold file. */
export function evaluate(corpusDir = DEFAULT_CORPUS, goldDir = DEFAULT_GOLD): Evaluation {
  const documents: DocumentResult[] = [];
  let total = emptyCounts();
  for (const doc of readCorpus(corpusDir)) {
    const goldPath = join(goldDir, `${doc.id}.jsonl`);
    if (!existsSync(goldPath)) continue;
    const gold = readGold(goldPath);
    const predicted = extractGoals(doc.text, doc.context);
    const counts = countDocument(predicted, gold);
    total = addCounts(total, counts);
    documents.push({
      id: doc.id,
      counts,
      scores: scoresOf(counts),
      predicted,
      gold,
      text: doc.text,
    });
  }
  return { documents, overall: scoresOf(total), counts: total };
}
