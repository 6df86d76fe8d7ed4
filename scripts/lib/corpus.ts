/**
 * Reading corpus documents and gold files for the extractor's command-line tools (Node only).
 * A `.txt` is read as is; a sibling `.json` supplies `title` and `published`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExtractContext } from '../../utils/extract/types';

/** A document of the corpus: its id, text and the context to extract with. */
export interface CorpusDocument {
  id: string;
  text: string;
  context: ExtractContext;
}

/** One gold line (the guide's fields). */
export interface GoldItem {
  kind: string;
  start: number;
  end: number;
  quote: string;
  metric?: string;
  comparator?: string;
  value?: number;
  valueMax?: number;
  unit?: string;
  due?: string;
  strength?: string;
}

/** Reads the metadata sibling of a text file (`x.txt` → `x.json`), if any. */
export function readSidecar(txtPath: string): ExtractContext {
  const jsonPath = txtPath.replace(/\.[^.]+$/, '.json');
  if (!existsSync(jsonPath)) return {};
  try {
    const meta = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;
    const context: ExtractContext = {};
    if (typeof meta.title === 'string') context.title = meta.title;
    if (typeof meta.published === 'string') context.published = meta.published;
    if (typeof meta.publisher === 'string') context.publisher = meta.publisher;
    return context;
  } catch (error) {
    throw new Error(`${jsonPath}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads every `<id>.txt` of a corpus folder with its metadata, sorted by id. */
export function readCorpus(dir: string): CorpusDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return {
        id: basename(f, '.txt'),
        text: readFileSync(path, 'utf8'),
        context: readSidecar(path),
      };
    });
}

/** Reads a gold `.jsonl` file; a malformed line is reported with its number. */
export function readGold(path: string): GoldItem[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const items: GoldItem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      items.push(JSON.parse(line) as GoldItem);
    } catch (error) {
      throw new Error(`${path}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
  });
  return items;
}
