/**
 * Every code the checker can emit has a category, and docs/checker.md
 * explains every one. The safeguarding analyses' codes are safeguarding
 * findings, which stop the build whatever their severity: a new wording
 * rule cannot ship as a warning nobody sees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categorisedCodes, categoryOf } from '../../../src/format/check/categories.js';

const CODE_PATTERNS = [
  /'(?:error|warning)',\s*'([a-z0-9-]+)'/g,
  /\badd\(\s*'([a-z0-9-]+)'/g,
  /\bcode: '([a-z0-9-]+)'/g,
  /\bfinding\('([a-z0-9-]+)'/g,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function codesIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // zod's own issue code ('custom', in schemas' refinements) is not a finding code.
  return CODE_PATTERNS.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!)).filter((c) => c !== 'custom');
}

const documented = new Set(
  [...readFileSync('docs/checker.md', 'utf8').matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((m) => m[1]!),
);

describe('finding categories', () => {
  it('has a category for every code the format code emits', () => {
    const emitted = new Set([...sources('src/format'), ...sources('src/cli')].flatMap(codesIn));
    expect(emitted.size).toBeGreaterThan(30);
    const missing = [...emitted].filter((c) => !categorisedCodes().includes(c));
    expect(missing).toEqual([]);
  });

  it('documents every categorised code in docs/checker.md, and categorises every documented one', () => {
    expect(categorisedCodes().filter((c) => !documented.has(c))).toEqual([]);
    expect([...documented].filter((c) => !categorisedCodes().includes(c))).toEqual([]);
  });

  it('counts what the safeguarding analyses report as safeguarding', () => {
    const files = ['safeguarding.ts', 'lessons.ts', 'signs-offered.ts'].map((f) =>
      join('src/format/check', f),
    );
    const codes = files.flatMap(codesIn);
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((c) => categoryOf(c) !== 'safeguarding')).toEqual([]);
  });
});
