/**
 * Turns a file named on the command line into text plus extraction context. A `.txt` is read
 * as is (offsets refer to it) with its sibling `.json` for title and date; a `.html` is turned
 * into visible text the way the content script does it (`utils/page/text-map.ts` over linkedom)
 * with title, publisher and date read from the page (`utils/page/page-meta.ts`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPageMeta } from '../../utils/page/page-meta';
import { buildTextMap } from '../../utils/page/text-map';
import type { ExtractContext } from '../../utils/extract/types';
import { readSidecar } from './corpus';

/** A document ready for `extractGoals`. */
export interface LoadedDocument {
  path: string;
  text: string;
  context: ExtractContext;
}

/** Reads `path` (`.txt`, `.html`/`.htm`; anything else as plain text). Throws a clear error. */
export function readDocument(path: string): LoadedDocument {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  if (!statSync(path).isFile()) throw new Error(`${path}: not a file`);
  const raw = readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const { document } = parseHTML(raw);
    const body = document.body as unknown as Node | null;
    const text = body ? buildTextMap(body).text : '';
    const meta = readPageMeta(document as unknown as Document, text);
    const context: ExtractContext = { title: meta.title };
    if (meta.published) context.published = meta.published;
    if (meta.publisher) context.publisher = meta.publisher;
    return { path, text, context };
  }
  return { path, text: raw, context: readSidecar(path) };
}
