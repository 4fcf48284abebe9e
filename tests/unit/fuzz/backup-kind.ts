/**
 * Hostile backup files (the saved-progress page's "Load a backup file"): a
 * real export of a device with two players, mutated (hostile.ts), loaded
 * into another device's store. Correct: a refusal with a known reason and
 * nothing stored changed, or an import that only added (every record that
 * was there is there unchanged, and every stored record still reads).
 */
import { canonicalJson } from '../../../src/store/json-guard.js';
import { sha256Hex } from '../../../src/store/sha256.js';
import { BACKUP_REJECTIONS, createMemoryStore, type ProgressStore } from '../../../src/store/index.js';
import { Clock, counterIds, engineState, transcript } from '../store/helpers.js';
import { mutate, mutations, type JsonFileKind, type Mutation } from './hostile.js';
import { Broken, knownReason, unchanged, type FuzzKind } from './property.js';

async function device(prefix: string): Promise<ProgressStore> {
  const clock = new Clock();
  const store = createMemoryStore({ now: clock.now, newId: counterIds(prefix) });
  const fox = await store.createProfile({
    nickname: 'Fox7',
    avatar: 'fox',
    ageBand: '11-14',
    classCode: '7A',
  });
  const owl = await store.createProfile({ nickname: 'Owl', avatar: 'owl', ageBand: '7-11' });
  await store.addAttempt({ profileId: fox.id, transcript: transcript('gift-card', clock.time) });
  await store.addAttempt({ profileId: owl.id, transcript: transcript('job-offer', clock.time + 1) });
  await store.putState(fox.id, 'job-offer', engineState('job-offer', 4));
  await store.updateSettings(owl.id, { textScale: 2, highContrast: true });
  return store;
}

/** What a store holds, as its own backup's data (the one complete view the API gives). */
async function holdings(store: ProgressStore): Promise<Record<string, unknown[]>> {
  return (JSON.parse(await store.exportBackup()) as { data: Record<string, unknown[]> }).data;
}

/** A backup's checksum is no signature: anyone can compute it again after an edit. */
const backupFile: JsonFileKind = {
  body: ['data'],
  async write(file, resign) {
    if (!resign) return JSON.stringify(file);
    const { sha256: _old, ...body } = file;
    return JSON.stringify({ ...body, sha256: await sha256Hex(canonicalJson(body)) });
  },
};

export const backupKind: FuzzKind<Mutation[]> = {
  name: 'backup',
  async setUp() {
    const text = await (await device('src')).exportBackup();
    const target = await device('dst');
    const problems: unknown[] = [];
    target.onProblem((p) => problems.push(p));
    return {
      // The hostile text is made inside the property so a failure shrinks to its mutations.
      cases: mutations({ json: true }),
      async read(list) {
        const hostile = await mutate(text, list, backupFile);
        const before = await holdings(target);
        const result = await target.importBackup(hostile);
        const after = await holdings(target);
        if (!result.ok) {
          unchanged(before, after, `refused (${result.reason})`);
          return knownReason(result.reason, BACKUP_REJECTIONS);
        }
        for (const [table, records] of Object.entries(before)) {
          const now = new Set(after[table]!.map((r) => JSON.stringify(r)));
          for (const record of records)
            if (!now.has(JSON.stringify(record))) throw new Broken(`${table}: a record changed`);
        }
        if (problems.length > 0) throw new Broken(`unreadable after import: ${JSON.stringify(problems)}`);
        return 'imported (only added)';
      },
    };
  },
};
