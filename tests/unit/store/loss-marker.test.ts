/**
 * When the browser's database comes back empty on a device that had
 * progress (Chromium deletes a database it finds corrupted), openStore says
 * so once, through a note kept outside IndexedDB; deleting on purpose never
 * looks like a loss.
 */
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/index.js';
import { MARKER_KEY, type MarkerStorage } from '../../../src/store/loss-marker.js';
import { freshIdb } from './helpers.js';

function memoryMarker(): MarkerStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const open = (idb: ReturnType<typeof freshIdb>, markerStorage: MarkerStorage) =>
  openStore({ ...idb, markerStorage, requestPersistence: false });

describe('lost-data notice', () => {
  it('is raised once when a device that had progress finds an empty database', async () => {
    const marker = memoryMarker();
    const first = await open(freshIdb(), marker);
    expect(first.lostData).toBeUndefined();
    await first.store.createProfile({ nickname: 'Fox', avatar: 'fox', ageBand: '11-14' });
    expect(marker.map.get(MARKER_KEY)).toBe('1');

    // The browser deleted the database: same device (same marker), empty IndexedDB.
    const wiped = freshIdb();
    expect((await open(wiped, marker)).lostData).toBe(true);
    expect((await open(wiped, marker)).lostData).toBeUndefined();
  });

  it('is not raised after deleting on purpose', async () => {
    const marker = memoryMarker();
    const idb = freshIdb();
    const { store } = await open(idb, marker);
    const fox = await store.createProfile({ nickname: 'Fox', avatar: 'fox', ageBand: '11-14' });
    await store.deleteProfile(fox.id);
    expect(marker.map.has(MARKER_KEY)).toBe(false);
    await store.createProfile({ nickname: 'Owl', avatar: 'owl', ageBand: '7-11' });
    await store.deleteEverything();
    expect((await open(freshIdb(), marker)).lostData).toBeUndefined();
  });

  it('a working device with progress raises nothing', async () => {
    const marker = memoryMarker();
    const idb = freshIdb();
    const { store } = await open(idb, marker);
    await store.createProfile({ nickname: 'Fox', avatar: 'fox', ageBand: '11-14' });
    store.close();
    expect((await open(idb, marker)).lostData).toBeUndefined();
  });
});
