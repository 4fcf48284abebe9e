/**
 * The checks on the project's own files (locale tables and help lines): one
 * fixture folder per defect class under tests/fixtures/project/<class>/,
 * shaped like the repository (assets/...), each asserting the exact
 * findings, all read on the same fixed day.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectContentFindings } from '../../../src/cli/read-project-content.js';
import { checkProjectContent, localeBand } from '../../../src/format/check/project-content.js';
import { FIXTURES, printed } from './fixtures.js';

const TODAY = '2026-12-02';
type Expected = [file: string, line: number, column: number, severity: string, code: string, message: string];

const GUIDE_BLAME =
  'which can read as blaming the child; say what happened and what helps now, never what they should have done (docs/safeguarding.md, "Never the child\'s fault")';

const EXPECTED: Record<string, Expected[]> = {
  'helpline-schema': [
    [
      'assets/helplines.yaml',
      7,
      10,
      'error',
      'helpline-schema',
      'everywhere[0].how: "fax" is not allowed here; use phone or web',
    ],
    [
      'assets/helplines.yaml',
      21,
      9,
      'error',
      'helpline-schema',
      'countries.BR[0].description: needs at least an "en" description (the game falls back to it)',
    ],
    [
      'assets/helplines.yaml',
      25,
      7,
      'error',
      'helpline-schema',
      'countries.BR[1]: "verifiedOn" is missing; it should be text: the day (YYYY-MM-DD) someone checked the entry against its source, or null for a candidate',
    ],
    [
      'assets/helplines.yaml',
      25,
      7,
      'error',
      'helpline-schema',
      'countries.BR[1]: "verifiedBy" is missing; it should be text: who checked it, as a role or organisation (never a person’s name), or null for a candidate',
    ],
    [
      'assets/helplines.yaml',
      32,
      7,
      'error',
      'helpline-schema',
      'countries.BR[1]: "verified" is not a known field; did you mean "verifiedOn"?',
    ],
  ],
  'helpline-unverifiable': [
    [
      'assets/helplines.yaml',
      13,
      19,
      'error',
      'helpline-unverifiable',
      'entry "no-source" (MX) is marked verified but cannot be shown to children: add source: the https address of the public page you checked it on',
    ],
    [
      'assets/helplines.yaml',
      22,
      19,
      'error',
      'helpline-unverifiable',
      'entry "no-checker" (MX) is marked verified but cannot be shown to children: add verifiedBy: who checked it, as a role or organisation (never a person\'s name)',
    ],
    [
      'assets/helplines.yaml',
      31,
      19,
      'error',
      'helpline-unverifiable',
      'entry "tomorrow" (MX) is marked verified but cannot be shown to children: verifiedOn 2026-12-03 is not a real date up to today (2026-12-02)',
    ],
  ],
  'helpline-review-due': [
    [
      'assets/helplines.yaml',
      12,
      19,
      'warning',
      'helpline-review-due',
      'entry "fono" (CL) was verified on 2025-11-01, more than a year ago; check it again against its source and update verifiedOn and verifiedBy (from 2027-01-31 it is no longer shown to children)',
    ],
  ],
  'helpline-expired': [
    [
      'assets/helplines.yaml',
      12,
      19,
      'warning',
      'helpline-expired',
      'entry "linea" (PE) was last verified on 2025-06-01, more than 455 days ago, so it is no longer shown to children (since 2026-08-31); check it again against its source and update verifiedOn and verifiedBy',
    ],
  ],
  'helpline-duplicate-id': [
    [
      'assets/helplines.yaml',
      25,
      11,
      'error',
      'helpline-duplicate-id',
      'entry "help" (AR): another entry in this list already has the id "help"; give each entry its own id',
    ],
  ],
  // "brand.name" is the same in every language (nothing to translate): not counted.
  'locale-copy': [
    [
      'assets/locales/fr/ui.json',
      1,
      1,
      'warning',
      'locale-copy',
      '3 of 4 texts in this fr table are the English text word for word (for example "hub.new"); translate them, or leave them out so the game falls back to English openly',
    ],
  ],
  // Not reported: the adults' page and the list of names (no reading limits),
  // a sign's example (a quote from someone who tricks), and the 14-18 sign.
  'locale-content': [
    [
      'assets/locales/en/ui.json',
      2,
      19,
      'warning',
      'blaming',
      `"debrief.none" says "Next time, try", ${GUIDE_BLAME}`,
    ],
    [
      'assets/locales/en/ui.json',
      3,
      15,
      'warning',
      'long-sentence',
      '"hub.help" has a sentence of 18 words ("If something in this story worries you, you…"); for ages 7-11 keep sentences to 15 words or fewer: split it, or say less',
    ],
    [
      'assets/locales/es/ui.json',
      2,
      16,
      'warning',
      'wording',
      '"help.note" says "pornografía infantil"; say "material de abuso sexual infantil" instead (docs/safeguarding.md, "Right words")',
    ],
  ],
};

describe('project content checks on their fixtures', () => {
  it('has a fixture folder for every expected defect class and vice versa', () => {
    expect(readdirSync(join(FIXTURES, 'project')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reports exactly the ${name} defect`, () => {
      const root = join(FIXTURES, 'project', name);
      expect(printed(projectContentFindings(root, TODAY))).toEqual(
        expected.map(([file, line, column, severity, code, message]) => ({
          file: join(root, file),
          line,
          column,
          severity,
          code,
          message,
        })),
      );
    });
  }
});

describe('project content checks', () => {
  it('finds nothing in the shipped locale tables and help lines', () => {
    // Read today; that a check grows old with time is for the NGO to act on
    // (and is tested with the fixtures), not a reason for this test to fail.
    const aging = new Set(['helpline-review-due', 'helpline-expired']);
    expect(projectContentFindings('.').filter((f) => !aging.has(f.code))).toEqual([]);
  });

  it('explains a file that is not valid JSON instead of failing', () => {
    const findings = checkProjectContent({
      locales: [{ path: 'assets/locales/en/ui.json', text: '{ "a": ' }],
      today: TODAY,
    });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['yaml-syntax', 'error']]);
  });

  it('reads each locale text at the youngest age that sees it', () => {
    expect(localeBand('ui', 'hub.intro')).toBe('7-11');
    expect(localeBand('ui', 'data.intro')).toBeUndefined();
    expect(localeBand('signs', 'flattery.description')).toBe('7-11');
    expect(localeBand('signs', 'love-bombing.childName')).toBe('7-11');
    expect(localeBand('signs', 'image-request.description')).toBe('11-14');
    expect(localeBand('signs', 'threat.description')).toBe('11-14');
    expect(localeBand('signs', 'love-bombing.description')).toBe('14-18');
    // Privacy stories for 7-11 add impersonation to the youngest picker.
    expect(localeBand('signs', 'impersonation.description')).toBe('7-11');
    expect(localeBand('endings', 'topic.sextortion.description')).toBe('11-14');
    expect(localeBand('endings', 'rating.risky.description')).toBeUndefined();
  });
});
