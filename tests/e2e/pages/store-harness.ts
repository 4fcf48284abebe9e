/**
 * A page that drives the progress store for the browser tests and the
 * benchmark. It reports every completed write on the console ("saved …")
 * only after the store's promise resolved, so the test knows exactly what
 * the page was told is safe, and where it went ("persistent" or "memory").
 * `?upTo=1` plays an old build (schema v1).
 */
import {
  createMemoryStore,
  openStore,
  readBackupFile,
  type ImportResult,
  type ProgressStore,
} from '../../../src/store/index.js';
import type { Transcript } from '../../../src/engine/types.js';
import { Dexie } from 'dexie';

const params = new URLSearchParams(location.search);
const upTo = params.has('upTo') ? Number(params.get('upTo')) : undefined;
let store: ProgressStore | undefined;
let writing = false;
const problems: unknown[] = [];

function transcript(scenarioId: string, startedAt: number, step: number): Transcript {
  return {
    scenarioId,
    scenarioVersion: 1,
    startedAt,
    endedAt: startedAt + 60_000,
    path: ['start', `n${step}`, 'end-safe'],
    choices: [{ node: 'start', choice: 'start.ask', rating: 'safe', at: startedAt + 1000 }],
    flags: [{ message: 'start.gift', sign: 'gift-bribe', correct: true, at: startedAt + 2000 }],
    signsSpotted: [{ message: 'start.gift', signs: ['gift-bribe'] }],
    signsMissed: [{ message: 'start.secret', signs: ['secrecy', 'pressure'] }],
    falseFlags: [],
    protectiveActions: [{ node: 'start', action: 'tell-adult', at: startedAt + 3000 }],
    ending: { node: 'end-safe', kind: step % 3 === 0 ? 'helped' : 'safe' },
    durationMs: 60_000,
  };
}

function state(scenarioId: string, step: number): Record<string, unknown> {
  return {
    stateVersion: 1,
    scenarioId,
    scenarioVersion: 1,
    status: 'playing',
    node: `n${step}`,
    chat: 'main',
    vars: { step },
    usedChoices: [],
    rng: step,
    history: Array.from({ length: Math.min(step, 30) }, (_, i) => ({
      type: 'message',
      id: `line.${i}`,
      chat: 'main',
      from: 'alex',
      delayMs: 800,
    })),
    transcript: { ...transcript(scenarioId, 0, step), endedAt: null, durationMs: null, ending: null },
  };
}

const stepOf = (saved: unknown): number =>
  saved && typeof saved === 'object' ? Number((saved as { vars?: { step?: unknown } }).vars?.step ?? 0) : 0;

function need(): ProgressStore {
  if (!store) throw new Error('call open() first');
  return store;
}

/** A backup text of about `chars` characters, from results with a long path (about 2 kB each, as real play). */
async function bigBackup(chars: number): Promise<{ text: string; results: number }> {
  const source = createMemoryStore();
  const profile = await source.createProfile({ nickname: 'Fox7', avatar: 'fox', ageBand: '11-14' });
  const path = Array.from({ length: 60 }, (_, i) => `chat-node-${i}`);
  const one = (i: number) => ({
    profileId: profile.id,
    transcript: { ...transcript('gift-card', i * 1000, i), path },
  });
  // A result in a backup: its transcript plus the record's own fields.
  const perResult = JSON.stringify(one(0)).length + 160;
  const results = Math.round(chars / perResult);
  await source.addAttempts(Array.from({ length: results }, (_, i) => one(i)));
  return { text: await source.exportBackup(), results };
}

interface Watched {
  ms: number;
  longestTaskMs: number;
  longestGapMs: number;
}

/**
 * Runs `work` while watching the page's thread: the longest task Chromium
 * reports (Long Tasks API) and the longest gap between ticks of a 10 ms
 * timer (what a tap or a scroll would have waited).
 */
async function watchThread<T>(work: () => Promise<T>): Promise<Watched & { value: T }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let last = performance.now();
  let longestGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
  }, 10);
  const t0 = performance.now();
  const value = await work();
  const ms = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(timer);
  for (const entry of observer.takeRecords()) tasks.push(entry.duration);
  observer.disconnect();
  return { value, ms, longestTaskMs: Math.max(0, ...tasks), longestGapMs };
}

const harness = {
  /**
   * Loads a backup of about `chars` characters into an empty store, as the
   * saved-progress page does (`readBackupFile` in a worker, then
   * `importBackupData`), and as it did before (`importBackup` on the page).
   */
  async importBench(chars: number) {
    const { text, results } = await bigBackup(chars);
    const s = need();
    const file = new Blob([text], { type: 'application/json' });
    const run = async (how: () => Promise<ImportResult>): Promise<Watched> => {
      await s.deleteEverything();
      const { value, ...watched } = await watchThread(how);
      if (!value.ok) throw new Error(`the backup was refused: ${value.reason}`);
      return watched;
    };
    const { value: read, ...readOnly } = await watchThread(() => readBackupFile(file));
    if (!read.ok) throw new Error(`the backup was refused: ${read.reason}`);
    const worker = await run(async () => s.importBackupData(await readBackupFile(file)));
    const onPage = await run(() => s.importBackup(text));
    await s.deleteEverything();
    return { chars: text.length, results, readOnly, worker, onPage };
  },
  async open(blockedTimeoutMs?: number) {
    const opened = await openStore({ upTo, ...(blockedTimeoutMs ? { blockedTimeoutMs } : {}) });
    store = opened.store;
    store.onProblem((p) => problems.push(p));
    return {
      mode: opened.mode,
      reason: opened.reason ?? null,
      lostData: opened.lostData ?? false,
      recovered: opened.recovered ?? null,
    };
  },
  status() {
    return { mode: need().mode, reason: need().reason ?? null, problems: problems.length };
  },
  async ensureProfile() {
    const profiles = await need().listProfiles();
    return (
      profiles[0] ?? (await need().createProfile({ nickname: 'Tester', avatar: 'robot', ageBand: '11-14' }))
    ).id;
  },
  async profileIds() {
    return (await need().listProfiles()).map((p) => p.id);
  },
  async read(profileId: string, scenarioId: string) {
    const saved = await need().getState(profileId, scenarioId);
    const attempts = await need().listAttempts({ profileId });
    return { step: stepOf(saved), attempts: attempts.map((a) => a.id), problems: problems.length };
  },
  /** Saves a step, then (every 5th step) a result, forever; logs each one once it is stored. */
  async writeSteps(profileId: string, scenarioId: string, tag: string, limit = Infinity) {
    writing = true;
    let step = stepOf(await need().getState(profileId, scenarioId));
    for (let n = 0; writing && n < limit; n++) {
      // Yield to the event loop as a game does between steps (in memory mode
      // every promise resolves at once, and a tight loop would starve the page).
      await new Promise((resolve) => setTimeout(resolve, 0));
      step++;
      await need().putState(profileId, scenarioId, state(scenarioId, step));
      console.log(`saved step ${step} ${need().mode}`);
      if (step % 5 === 0) {
        const id = `${tag}-${step}`;
        await need().addAttempt({ id, profileId, transcript: transcript(scenarioId, Date.now(), step) });
        console.log(`saved attempt ${id} ${need().mode}`);
      }
    }
    return step;
  },
  stopWriting() {
    writing = false;
  },
  /** An old tab that never answers the upgrade request (a build without a versionchange handler). */
  async holdStubbornConnection(version: number) {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('escudo-progress', version);
      req.onupgradeneeded = () => {
        for (const name of ['profiles', 'attempts', 'states', 'device']) req.result.createObjectStore(name);
      };
      req.onsuccess = () => {
        (window as unknown as { stubborn: IDBDatabase }).stubborn = req.result;
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
  },
  releaseStubbornConnection() {
    (window as unknown as { stubborn?: IDBDatabase }).stubborn?.close();
  },
  /**
   * With `count` results stored: closing and opening the store, then the
   * first step save (it waits for the mirror's start-up rebuild); and, after
   * the database is deleted as Chromium does after a crash, opening again
   * (which restores everything from the mirror).
   */
  async reopenBench(count: number) {
    await need().deleteEverything();
    const profileId = await harness.ensureProfile();
    const base = Date.now();
    await need().addAttempts(
      Array.from({ length: count }, (_, i) => ({
        profileId,
        transcript: transcript('gift-card', base + i, i),
      })),
    );
    need().close();
    const t0 = performance.now();
    await harness.open();
    await need().putState(profileId, 'gift-card', state('gift-card', 1));
    const t1 = performance.now();
    need().close();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase('escudo-progress');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    const t2 = performance.now();
    const opened = await openStore({ upTo });
    const t3 = performance.now();
    store = opened.store;
    const restored = opened.recovered?.restored.attempts ?? 0;
    await store.deleteEverything();
    return { openAndFirstSaveMs: t1 - t0, restoreMs: t3 - t2, restored };
  },
  /** Writes `count` results in one transaction, reads them all back and summarises them. */
  async bench(count: number) {
    const s = need();
    await s.deleteEverything();
    const profileId = await harness.ensureProfile();
    const base = Date.now();
    const inputs = Array.from({ length: count }, (_, i) => ({
      profileId,
      transcript: transcript(['gift-card', 'job-offer', 'secret-friend'][i % 3]!, base + i, i),
    }));
    const t0 = performance.now();
    const written = await s.addAttempts(inputs);
    const t1 = performance.now();
    const all = await s.listAttempts();
    const t2 = performance.now();
    const endings: Record<string, number> = {};
    for (const a of all) {
      const kind = a.transcript.ending?.kind ?? 'none';
      endings[kind] = (endings[kind] ?? 0) + 1;
    }
    const t3 = performance.now();
    // Baseline in the same conditions: the same records through bare Dexie
    // (no validation, default durability) into a scratch database.
    const scratch = new Dexie('escudo-bench-baseline');
    scratch.version(1).stores({ attempts: 'id, profileId' });
    await scratch.open();
    const b0 = performance.now();
    await scratch.table('attempts').bulkPut(written);
    const b1 = performance.now();
    await scratch.table('attempts').toArray();
    const b2 = performance.now();
    scratch.close();
    await Dexie.delete('escudo-bench-baseline');
    const stepTimes: number[] = [];
    for (let i = 0; i < 50; i++) {
      const a = performance.now();
      await s.putState(profileId, 'gift-card', state('gift-card', i));
      stepTimes.push(performance.now() - a);
    }
    const single: number[] = [];
    for (let i = 0; i < 20; i++) {
      const a = performance.now();
      await s.addAttempt({ profileId, transcript: transcript('gift-card', base, i) });
      single.push(performance.now() - a);
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    await s.deleteEverything();
    return {
      writeMs: t1 - t0,
      readMs: t2 - t1,
      baselineWriteMs: b1 - b0,
      baselineReadMs: b2 - b1,
      summaryMs: t3 - t2,
      read: all.length,
      endings,
      stepSaveMedianMs: median(stepTimes),
      singleResultMedianMs: median(single),
    };
  },
};

(window as unknown as { harness: typeof harness }).harness = harness;
document.title = 'Store harness ready';
