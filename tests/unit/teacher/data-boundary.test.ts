/**
 * The teacher area's data half (class codes, hand-in, summary, exports) is
 * pure logic the screens call and Node tests run: no DOM, no Preact, no
 * i18next (it returns codes and keys; the screens translate), no storage.
 * Follows its value imports through the project's code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../../src');
const ENTRIES = [
  'teacher/class-code.ts',
  'teacher/handin/index.ts',
  'teacher/summary/index.ts',
  'teacher/export/index.ts',
];
const FORBIDDEN_PACKAGES = /^(preact|phaser|i18next|howler|dexie|chart\.js|jsqr)(\/|$)/;
const DOM_GLOBALS =
  /\b(window|document|HTMLElement|navigator|localStorage|indexedDB|requestAnimationFrame)\b/;

/** Value imports of a file (type-only imports vanish from the build). */
function valueImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!m[2]) out.push(m[3]!);
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  return out;
}

function resolveFile(from: string, spec: string): string {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  for (const ext of ['.ts', '.tsx', '/index.ts']) {
    try {
      readFileSync(base + ext);
      return base + ext;
    } catch {
      // try the next extension
    }
  }
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

describe('the teacher data half has no view and no storage in it', () => {
  it('imports no DOM, Preact, i18next or storage, directly or through other code', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      if (/\.tsx$/.test(file)) problems.push(`${file} is a view file`);
      const dom = DOM_GLOBALS.exec(code);
      if (dom && !file.includes('/engine/') && !file.includes('/format/'))
        problems.push(`${file} uses ${dom[0]}`);
      for (const spec of valueImports(text)) {
        if (FORBIDDEN_PACKAGES.test(spec)) problems.push(`${file} imports ${spec}`);
        else if (spec.startsWith('.')) {
          const target = resolveFile(file, spec);
          // The engine and format have their own, stricter boundary (eslint).
          if (!target.includes('/engine/') && !target.includes('/format/')) visit(target);
        }
      }
    };
    for (const entry of ENTRIES) visit(join(src, entry));
    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThan(15);
  });
});
