/**
 * The chat session is shared by every view (chat screen, classroom mode, the
 * studio's play-test), so it must not pull in a view: no DOM, Preact,
 * Phaser or text lookup. Follows its value imports through the game's code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../../../src');
const entry = join(src, 'game/chat/session/chat-session.ts');
const FORBIDDEN_PACKAGES = /^(preact|phaser|i18next|howler|dexie)(\/|$)/;
const DOM_GLOBALS = /\b(window|document|HTMLElement|navigator|localStorage|requestAnimationFrame)\b/;

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

describe('the chat session has no view in it', () => {
  it('imports no DOM, Preact, Phaser or i18next, directly or through game code', () => {
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
    visit(entry);
    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
  });
});
