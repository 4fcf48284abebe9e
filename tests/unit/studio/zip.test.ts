import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_ZIP_FILE_BYTES, readZip, writeZip } from '../../../src/studio/model/zip';
import { shipped } from './helpers';

describe('stories in and out of a .zip', () => {
  it('a downloaded zip opens as the same stories, file for file', () => {
    const stories = [shipped('first-tournament'), shipped('the-password')];
    const back = readZip(writeZip(stories));
    expect(back).toEqual({ ok: true, stories });
  });

  it('refuses what is not a zip, a zip with no story, and a file too large to be a story, unread', () => {
    expect(readZip(strToU8('just text'))).toEqual({ ok: false, problem: 'not-a-zip' });
    expect(readZip(zipSync({ 'notes/readme.yaml': strToU8('a: b') }))).toEqual({
      ok: false,
      problem: 'no-story',
    });
    // Compresses to a few KB, inflates past the limit: refused from the directory's sizes.
    const bomb = zipSync({ 's/scenario.yaml': strToU8('a'.repeat(MAX_ZIP_FILE_BYTES + 1)) }, { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    expect(readZip(bomb)).toEqual({ ok: false, problem: 'too-large' });
  });
});
