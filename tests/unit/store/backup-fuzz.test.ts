/** Hostile backups (backup-fuzz.ts): a few hundred here; `npm run bench:fuzz` runs 10,000. */
import { describe, expect, it } from 'vitest';
import { fuzzBackups } from './backup-fuzz.js';

describe('hostile backup files', () => {
  it('end in a refusal that changed nothing, or an import that only added; no prototype polluted', async () => {
    const tally = await fuzzBackups(300);
    // The mutations reach the interesting refusals, not only "not JSON".
    expect(Object.keys(tally.refused)).toEqual(
      expect.arrayContaining(['checksum', 'malformed', 'truncated']),
    );
  }, 120_000);
});
