/**
 * Version 2: settings get their own table (one record per profile, with the
 * accessibility options added since v1); attempts gain `durationMs` and an
 * `endedAt` index (retention deletes by age); states gain a `profileId` index
 * (deleting a profile deletes its saved games); the device table becomes one
 * record.
 */
import type { Transaction } from 'dexie';
import type { Migration } from './types.js';

type Loose = Record<string, unknown>;

/*
 * Frozen here, as v2 shipped them: the settings a v2 profile started with,
 * what counted as a language code, and the device record's key. Today's
 * DEFAULT_SETTINGS or LanguageCode may change; a database upgraded to v2
 * later must still get exactly what v2 gave.
 */
const V2_DEFAULT_SETTINGS: Readonly<Loose> = Object.freeze({
  textScale: 1,
  dyslexiaFont: false,
  highContrast: false,
  reducedMotion: false,
  readAloud: false,
  autoReadAloud: false,
  sound: true,
  volume: 0.8,
  messageSpeed: 'normal',
  language: null,
});
const V2_LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const V2_DEVICE_KEY = 'device';

const isLanguageCode = (value: unknown): value is string =>
  typeof value === 'string' && V2_LANGUAGE_CODE.test(value);

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 settings → v2: keep what was set and valid, default the rest. */
function settingsFromV1(profileId: string, old: Loose): Loose {
  const settings: Loose = { ...V2_DEFAULT_SETTINGS, profileId };
  if (typeof old.textScale === 'number' && old.textScale >= 1 && old.textScale <= 2)
    settings.textScale = old.textScale;
  if (typeof old.sound === 'boolean') settings.sound = old.sound;
  if (isLanguageCode(old.language)) settings.language = old.language;
  return settings;
}

async function moveSettings(tx: Transaction): Promise<void> {
  const moved: Loose[] = [];
  await tx
    .table('profiles')
    .toCollection()
    .modify((profile: Loose) => {
      if (!('settings' in profile)) return;
      if (isObject(profile.settings) && typeof profile.id === 'string') {
        moved.push(settingsFromV1(profile.id, profile.settings));
      }
      delete profile.settings;
    });
  await tx.table('settings').bulkPut(moved);
}

async function addDurations(tx: Transaction): Promise<void> {
  await tx
    .table('attempts')
    .toCollection()
    .modify((attempt: Loose) => {
      if (typeof attempt.durationMs === 'number') return;
      const transcript = isObject(attempt.transcript) ? attempt.transcript : {};
      if (typeof transcript.durationMs === 'number') attempt.durationMs = transcript.durationMs;
      else if (typeof attempt.endedAt === 'number' && typeof attempt.startedAt === 'number') {
        attempt.durationMs = Math.max(0, attempt.endedAt - attempt.startedAt);
      }
    });
}

async function mergeDeviceRows(tx: Transaction): Promise<void> {
  const rows = (await tx.table('device').toArray()) as Loose[];
  const device: Loose = { key: V2_DEVICE_KEY, lastProfileId: null, language: null };
  for (const row of rows) {
    if (row.key === 'lastProfileId' && typeof row.value === 'string') device.lastProfileId = row.value;
    if (row.key === 'language' && isLanguageCode(row.value)) device.language = row.value;
  }
  await tx.table('device').clear();
  await tx.table('device').put(device);
}

export const v2: Migration = {
  version: 2,
  stores: {
    profiles: 'id, createdAt',
    attempts: 'id, profileId, scenarioId, endedAt',
    states: '[profileId+scenarioId], profileId',
    settings: 'profileId',
    device: 'key',
  },
  async upgrade(tx) {
    await moveSettings(tx);
    await addDurations(tx);
    await mergeDeviceRows(tx);
  },
};
