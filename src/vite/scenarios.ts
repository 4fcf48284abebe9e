/**
 * Serves (in dev) and emits (at build) the scenario packs the game loads:
 * - `scenarios/index.json`: every scenario's id, metadata and the few texts
 *   the hub shows before a pack is loaded (title, summary, the children's note,
 *   and the teacher's content note for the teacher area);
 * - `scenarios/<id>.json`: one compiled pack per scenario (see src/format/pack/
 *   and docs/pack-format.md).
 *
 * Packs are built with the same checker authors run, and a scenario with
 * errors fails the build with the checker's own messages. In dev, files are
 * read on every request, so an author's edit shows up on reload.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { ScenarioSource, Finding, LoadedScenario } from '../format/load.js';
import { loadScenario } from '../format/load.js';
import { checkScenario } from '../format/check/index.js';
import { buildPack } from '../format/pack/compile.js';
import type { ScenarioIndex, ScenarioIndexEntry } from '../format/scenario-index.js';

function readSource(root: string, folder: string): ScenarioSource {
  const abs = join(root, folder);
  const read = (p: string) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') });
  const textDir = join(abs, 'text');
  const texts = existsSync(textDir)
    ? readdirSync(textDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => read(join(textDir, f)))
    : [];
  return { folder, scenario: read(join(abs, 'scenario.yaml')), texts };
}

function formatFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.message}`).join('\n');
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as { text?: unknown; other?: unknown };
    if (v.text !== undefined) return plainText(v.text);
    if (typeof v.other === 'string') return v.other;
  }
  return '';
}

function indexEntry(loaded: LoadedScenario): ScenarioIndexEntry {
  const s = loaded.scenario;
  const texts: Record<string, Record<string, string>> = {};
  for (const [lang, table] of Object.entries(loaded.texts)) {
    const source = loaded.texts[s.sourceLanguage] ?? {};
    const pick = (key: string) => plainText(table[key]) || plainText(source[key]);
    texts[lang] = {
      title: pick(s.title),
      summary: pick(s.summary),
      contentNote: pick(s.teacherNotes.contentNote),
      playerNote: pick(s.playerNote),
    };
  }
  return {
    id: s.id,
    version: s.version,
    topics: [...s.topics],
    ageBands: [...s.ageBands],
    minutes: s.minutes,
    sourceLanguage: s.sourceLanguage,
    languages: Object.keys(loaded.texts).sort(),
    endings: Object.values(s.nodes).filter((n) => n.ending).length,
    strangerAvatars: [
      ...new Set(
        Object.values(s.contacts)
          .filter((c) => c.role === 'stranger')
          .map((c) => c.avatar),
      ),
    ].sort(),
    texts,
  };
}

/** Builds every pack under `scenariosDir`; throws with the checker's findings on any error. */
export function buildAllPacks(
  root: string,
  scenariosDir = 'scenarios',
): { index: ScenarioIndex; packs: Map<string, string> } {
  const dir = join(root, scenariosDir);
  const packs = new Map<string, string>();
  const entries: ScenarioIndexEntry[] = [];
  const errors: Finding[] = [];
  const folders = existsSync(dir) ? readdirSync(dir).sort() : [];
  for (const name of folders) {
    if (!existsSync(join(dir, name, 'scenario.yaml'))) continue;
    const source = readSource(root, join(scenariosDir, name));
    const findings = checkScenario(source).filter((f) => f.severity === 'error');
    if (findings.length) {
      errors.push(...findings);
      continue;
    }
    const { loaded, findings: loadFindings } = loadScenario(source);
    if (!loaded) {
      errors.push(...loadFindings.filter((f) => f.severity === 'error'));
      continue;
    }
    packs.set(loaded.scenario.id, JSON.stringify(buildPack(loaded)));
    entries.push(indexEntry(loaded));
  }
  if (errors.length) {
    throw new Error(
      `The scenario checker found errors; fix them and build again:\n${formatFindings(errors)}`,
    );
  }
  return { index: { format: 'escudo-scenario-index', scenarios: entries }, packs };
}

export function escudoScenarios(root: string): Plugin {
  return {
    name: 'escudo-scenarios',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const m = /\/scenarios\/(index|[a-z0-9][a-z0-9-]*)\.json$/.exec(url);
        if (!m) return next();
        try {
          const { index, packs } = buildAllPacks(root);
          const body = m[1] === 'index' ? JSON.stringify(index) : packs.get(m[1] ?? '');
          if (body === undefined) {
            res.statusCode = 404;
            res.end('no such scenario');
            return;
          }
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        } catch (e) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end((e as Error).message);
        }
      });
    },
    generateBundle() {
      let built: ReturnType<typeof buildAllPacks>;
      try {
        built = buildAllPacks(root);
      } catch (e) {
        this.error((e as Error).message);
      }
      this.emitFile({ type: 'asset', fileName: 'scenarios/index.json', source: JSON.stringify(built.index) });
      for (const [id, json] of built.packs) {
        this.emitFile({ type: 'asset', fileName: `scenarios/${id}.json`, source: json });
      }
    },
  };
}
