/**
 * Upgrades: each fixture holds data as one schema version stored it. The test builds a
 * database at that version with that version's steps only, loads the fixture, opens the
 * database with the current code (running every later step) and checks that every record is
 * still there, unchanged except where a step is meant to change it.
 *
 * Adding a version: add its step to MIGRATIONS, save data as the previous version stored it to
 * fixtures/v<previous>.json if that file is missing, and add the step's own checks below.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from './db';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import type { GoalRecord } from './records';
import { LATEST_VERSION, MIGRATIONS, upgradeSteps, type LibraryDB } from './schema';

interface Fixture {
  version: number;
  pages: Record<string, unknown>[];
  goals: Record<string, unknown>[];
  clips: Record<string, unknown>[];
}

const FIXTURES: Fixture[] = [v1, v2];
const NAME = 'upgrade-test';

/** A database at `fixture.version`, built by the steps up to that version, holding the fixture. */
async function seed(fixture: Fixture): Promise<void> {
  const db = await openDB(NAME, fixture.version, {
    upgrade: (d, oldVersion, newVersion, tx) =>
      upgradeSteps(d, oldVersion, newVersion ?? fixture.version, tx),
  });
  const tx = db.transaction(['pages', 'goals', 'clips'], 'readwrite');
  await Promise.all([
    ...fixture.pages.map((r) => tx.objectStore('pages').put(r)),
    ...fixture.goals.map((r) => tx.objectStore('goals').put(r)),
    ...fixture.clips.map((r) => tx.objectStore('clips').put(r)),
    tx.done,
  ]);
  db.close();
}

async function upgraded(fixture: Fixture): Promise<LibraryDB> {
  await seed(fixture);
  return openLibrary({ name: NAME });
}

describe('schema history', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('numbers its steps 1, 2, … without gaps and has a fixture for every version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(FIXTURES.map((f) => f.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  for (const fixture of FIXTURES) {
    it(`upgrades v${fixture.version} to v${LATEST_VERSION} without losing a record`, async () => {
      const db = await upgraded(fixture);
      expect(db.version).toBe(LATEST_VERSION);
      expect(await db.getAll('pages')).toEqual(sortBy(fixture.pages, 'url'));
      expect(await db.count('goals')).toBe(fixture.goals.length);
      for (const g of fixture.goals) {
        expect(await db.get('goals', [g.url as string, g.id as string])).toEqual(g);
      }
      expect(await db.getAll('clips')).toEqual(sortBy(fixture.clips, 'id'));
      db.close();
    });
  }

  it('v1 → v2 adds the kind, due, strength and tag indexes and they find the old records', async () => {
    const db = await upgraded(v1);
    expect(await db.countFromIndex('goals', 'kind', 'deadline')).toBe(1);
    expect(await db.countFromIndex('goals', 'strength', 'plan')).toBe(3);
    const due = await db.getAllFromIndex(
      'goals',
      'due',
      IDBKeyRange.bound('2021-01-01', '2021-06-30'),
    );
    expect(due.map((g) => g.id)).toEqual(['g0dead']);
    expect(await db.countFromIndex('clips', 'tags', '安全')).toBe(1);
    db.close();
  });

  it('v2 data is found through its tag index after opening with the current code', async () => {
    const db = await upgraded(v2);
    expect((await db.getAllFromIndex('goals', 'tags', '核对')).map((g) => g.note)).toEqual([
      '年底核对',
    ]);
    expect(await db.countFromIndex('goals', 'kind', 'achievement')).toBe(1);
    db.close();
  });

  it('keeps working after the upgrade: new goals land in the new indexes', async () => {
    const db = await upgraded(v1);
    const g = v1.goals[0] as unknown as GoalRecord;
    await db.put('goals', { ...g, id: 'fresh', kind: 'achievement', tags: ['新'] });
    expect(await db.countFromIndex('goals', 'tags', '新')).toBe(1);
    expect(await db.countFromIndex('goals', 'kind', 'achievement')).toBe(1);
    db.close();
  });
});

function sortBy<T extends Record<string, unknown>>(rows: T[], key: string): T[] {
  // IndexedDB orders string keys by UTF-16 code units, as < does.
  return [...rows].sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : 1));
}
