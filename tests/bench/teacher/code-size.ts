/**
 * The teacher area's own code, gzipped, from a real build of the game: every
 * chunk the teacher area can load (its entry and everything it imports, now
 * or on demand: summary, charts, report, import, jsQR, classroom mode…) that
 * the child's game never loads, plus its CSS and its words in one language.
 * Libraries the game already loads (Preact, zod, Dexie, i18next, the engine)
 * are not counted: a teacher's device has them from the game. Read from
 * Rollup's output (what imports what), so nothing is guessed from names.
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

export interface CodeSize {
  /** gzip bytes per counted file, largest first. */
  files: { name: string; bytes: number }[];
  totalBytes: number;
  /**
   * Chunks of the whole build using class static blocks (ES2022 syntax Safari
   * reads only from 16.4; the build target lets them through unchanged).
   */
  staticBlocks: string[];
}

const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

export async function teacherCodeSize(root: string): Promise<CodeSize> {
  const result = (await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { write: false },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = new Map(
    output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const assets = new Map(
    output.filter((o): o is Rollup.OutputAsset => o.type === 'asset').map((a) => [a.fileName, a]),
  );
  const isArea = (c: Rollup.OutputChunk, area: 'teacher' | 'studio'): boolean =>
    /src\/(teacher|studio)\/start\.tsx?$/.test(c.facadeModuleId?.replace(/\\/g, '/') ?? '') &&
    (c.facadeModuleId ?? '').replace(/\\/g, '/').includes(`src/${area}/`);
  const words = (c: Rollup.OutputChunk) =>
    /assets\/locales\/[^/]+\/[^/]+\.json$/.test(c.facadeModuleId?.replace(/\\/g, '/') ?? '');
  const closure = (starts: Rollup.OutputChunk[], skip: (c: Rollup.OutputChunk) => boolean) => {
    const seen = new Set<string>();
    const todo = [...starts];
    while (todo.length > 0) {
      const c = todo.pop()!;
      if (seen.has(c.fileName)) continue;
      seen.add(c.fileName);
      for (const next of [...c.imports, ...c.dynamicImports]) {
        const n = chunks.get(next);
        if (n && !skip(n) && !words(n)) todo.push(n);
      }
    }
    return seen;
  };
  const teacherStart = [...chunks.values()].find((c) => isArea(c, 'teacher'));
  if (!teacherStart) throw new Error('no chunk for src/teacher/start.ts in the build');
  const entries = [...chunks.values()].filter((c) => c.isEntry);
  // The game: its entries and all they load, except the two areas an adult opens.
  const game = closure(entries, (c) => isArea(c, 'teacher') || isArea(c, 'studio'));
  // The studio is another area, reachable through the boot code both share: not the teacher's.
  const teacher = closure([teacherStart], (c) => isArea(c, 'studio'));
  const files: CodeSize['files'] = [];
  for (const name of teacher) {
    if (game.has(name)) continue;
    const chunk = chunks.get(name)!;
    files.push({ name, bytes: gz(chunk.code) });
    for (const css of chunk.viteMetadata?.importedCss ?? []) {
      const asset = assets.get(css);
      if (asset) files.push({ name: css, bytes: gz(asset.source) });
    }
  }
  // Its words, in one language (a teacher loads one): Spanish, the longest of the three.
  for (const c of chunks.values()) {
    if (/assets\/locales\/es\/(teacher|classroom)\.json$/.test(c.facadeModuleId?.replace(/\\/g, '/') ?? ''))
      files.push({ name: c.fileName, bytes: gz(c.code) });
  }
  files.sort((a, b) => b.bytes - a.bytes);
  const staticBlocks = [...chunks.values()]
    .filter((c) => /\bstatic\s*\{/.test(c.code))
    .map((c) => c.fileName);
  return { files, totalBytes: files.reduce((n, f) => n + f.bytes, 0), staticBlocks };
}
