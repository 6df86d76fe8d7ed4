/**
 * Copies ../shared/corpus and ../shared/gold into test/fixtures (the project's own copy, so
 * tests never need ../shared). Run `npm run fixtures:sync` when ../shared changes. Only those two
 * folders are replaced: the team-written set in test/fixtures/extra is never touched.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/local-web';

const shared = join(ROOT, '..', 'shared');
if (!existsSync(shared)) {
  console.error(`No ${shared}: nothing to copy.`);
  process.exit(1);
}
for (const dir of ['corpus', 'gold']) {
  const target = join(ROOT, 'test', 'fixtures', dir);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(shared, dir), target, { recursive: true });
  console.log(`copied ${join(shared, dir)} → ${target}`);
}
