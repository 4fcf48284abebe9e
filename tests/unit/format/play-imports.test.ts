/**
 * The game plays compiled packs, so what it imports to play (the engine and
 * the pack reader) must not reach the expression parser or the checker's
 * analyses. Follows the relative imports from those entry points.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const work = [...entries];
  while (work.length > 0) {
    const file = work.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // `import type` is erased at build time, so it is not followed.
    for (const m of text.matchAll(/(?:import|export)(?!\s+type\b)[^'"]*?from\s+'(\.[^']+)'/g)) {
      const target = join(dirname(file), m[1]!).replace(/\.js$/, '');
      work.push(target.endsWith('.ts') ? target : `${target}.ts`);
    }
  }
  return new Set([...seen].map((f) => relative(process.cwd(), f).split('\\').join('/')));
}

describe('what the game needs to play', () => {
  const files = reachable(['src/engine/index.ts', 'src/format/pack/read.ts']);

  it('follows the imports (the walk itself works)', () => {
    expect(files).toContain('src/format/expression-ast.ts');
    expect(files).toContain('src/format/pack/integrity.ts');
  });

  it('includes neither the expression parser, the compiler nor the analyses', () => {
    for (const never of [
      'src/format/expressions.ts',
      'src/format/pack/compile.ts',
      'src/format/check/analyses.ts',
      'src/format/check/parse-sources.ts',
    ]) {
      expect(files, never).not.toContain(never);
    }
  });
});
