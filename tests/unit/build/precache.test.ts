/** The service worker's offline list, written into the built sw.js. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheList, writePrecache } from '../../../src/vite/precache';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function built(): string {
  const dir = mkdtempSync(join(tmpdir(), 'escudo-precache-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'scenarios'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'assets', 'main-AbCd1234.js'), 'code');
  writeFileSync(join(dir, 'assets', 'flag-B9LkjcLG.wav'), 'sound');
  writeFileSync(join(dir, 'scenarios', 'story.json'), '{}');
  writeFileSync(join(dir, 'sw.js'), readFileSync('public/sw.js', 'utf8'));
  return dir;
}

describe('precache list', () => {
  it('lists every built file but the worker, the page under "./", content hashes for unhashed names', () => {
    const files = precacheList(built());
    expect(files.map((f) => f.url).sort()).toEqual([
      './',
      'assets/flag-B9LkjcLG.wav',
      'assets/main-AbCd1234.js',
      'scenarios/story.json',
    ]);
    expect(files.find((f) => f.url === 'assets/main-AbCd1234.js')?.rev).toBeUndefined();
    expect(files.find((f) => f.url === 'scenarios/story.json')?.rev).toMatch(/^[0-9a-f]{12}$/);
  });

  it('a changed story pack changes the worker itself (how the browser finds a new version)', () => {
    const dir = built();
    const first = writePrecache(dir);
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(worker).toContain(`"version":"${first}"`);
    expect(writePrecache(dir)).toBe(first); // written again: same list, same version
    writeFileSync(join(dir, 'scenarios', 'story.json'), '{"changed":true}');
    expect(writePrecache(dir)).not.toBe(first);
  });

  it('refuses a worker without the line to fill in', () => {
    const dir = built();
    writeFileSync(join(dir, 'sw.js'), '/* no list */');
    expect(() => writePrecache(dir)).toThrow(/precache line/);
  });
});
