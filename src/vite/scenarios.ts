/**
 * Serves (in dev) and emits (at build) the scenario packs the game loads:
 * - `scenarios/index.json`: every scenario's id, metadata and the few texts
 *   the hub shows before a pack is loaded (title, summary, the children's note,
 *   and the teacher's content note for the teacher area);
 * - `scenarios/<id>.json`: one compiled pack per scenario (see src/format/pack/
 *   and docs/pack-format.md).
 *
 * Packs are built from the same files with the same checker authors run. Any
 * error, and any safeguarding finding whatever its severity, fails the build
 * with the checker's own messages; every other warning is printed, so it is
 * seen. In dev, files are read on every request, so an author's edit shows
 * up on reload.
 */
import type { Plugin } from 'vite';
import { formatFindings } from '../cli/format-findings.js';
import { readScenarioSource, scenarioFoldersOf, type ScenarioDirs } from '../cli/read-scenario.js';
import type { Finding } from '../format/load.js';
import { loadScenario } from '../format/load.js';
import { checkScenarios, stopsTheBuild } from '../format/check/index.js';
import { buildPack } from '../format/pack/compile.js';
import { indexEntry, type ScenarioIndex, type ScenarioIndexEntry } from '../format/scenario-index.js';

export interface BuiltPacks {
  index: ScenarioIndex;
  packs: Map<string, string>;
  /** Warnings that do not stop the build; the build prints them (warningReport). */
  warnings: Finding[];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Builds every pack under `scenariosDir` (read from disk exactly as
 * `npm run scenarios:check` reads it, and checked together, so two folders
 * with one id are caught). Throws with the checker's findings when any stops
 * the build: every error, and every safeguarding finding whatever its
 * severity (src/format/check/categories.ts).
 */
export function buildAllPacks(root: string, scenariosDir: ScenarioDirs = 'scenarios'): BuiltPacks {
  const packs = new Map<string, string>();
  const entries: ScenarioIndexEntry[] = [];
  const stopping: Finding[] = [];
  const warnings: Finding[] = [];
  const sources = scenarioFoldersOf(scenariosDir, root).map((folder) => readScenarioSource(folder, root)!);
  const checked = checkScenarios(sources);
  sources.forEach((source, i) => {
    const findings = checked[i]!;
    stopping.push(...findings.filter(stopsTheBuild));
    warnings.push(...findings.filter((f) => !stopsTheBuild(f)));
    if (findings.some(stopsTheBuild)) return;
    const { loaded, findings: loadFindings } = loadScenario(source);
    if (!loaded) {
      stopping.push(...loadFindings.filter((f) => f.severity === 'error'));
      return;
    }
    packs.set(loaded.scenario.id, JSON.stringify(buildPack(loaded)));
    entries.push(indexEntry(loaded));
  });
  if (stopping.length) {
    const errors = stopping.filter((f) => f.severity === 'error').length;
    const safeguarding = stopping.length - errors;
    const counts = [
      errors > 0 ? plural(errors, 'error') : '',
      safeguarding > 0 ? plural(safeguarding, 'safeguarding warning') : '',
    ].filter(Boolean);
    const also = warnings.length > 0 ? `\n\n${warningReport(warnings)}` : '';
    throw new Error(
      `The scenario checker found errors or safeguarding findings (${counts.join(' and ')}), which stop the build; fix them and build again:\n${formatFindings(stopping)}${also}`,
    );
  }
  return { index: { format: 'escudo-scenario-index', scenarios: entries }, packs, warnings };
}

/** The warnings a build prints: how many, then each one as the checker shows it. */
export function warningReport(warnings: readonly Finding[]): string {
  return `The scenario checker found ${plural(warnings.length, 'warning')} (they do not stop the build, but please look):\n${formatFindings(warnings)}`;
}

export function escudoScenarios(root: string, scenarioDirs: ScenarioDirs = 'scenarios'): Plugin {
  return {
    name: 'escudo-scenarios',
    configureServer(server) {
      // Packs are rebuilt on every request; the same warnings are printed once.
      let shown = '';
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const m = /\/scenarios\/(index|[a-z0-9][a-z0-9-]*)\.json$/.exec(url);
        if (!m) return next();
        try {
          const { index, packs, warnings } = buildAllPacks(root, scenarioDirs);
          const report = warnings.length > 0 ? warningReport(warnings) : '';
          if (report !== shown && report) server.config.logger.warn(report);
          shown = report;
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
        built = buildAllPacks(root, scenarioDirs);
      } catch (e) {
        this.error((e as Error).message);
      }
      if (built.warnings.length > 0) this.warn(warningReport(built.warnings));
      this.emitFile({ type: 'asset', fileName: 'scenarios/index.json', source: JSON.stringify(built.index) });
      for (const [id, json] of built.packs) {
        this.emitFile({ type: 'asset', fileName: `scenarios/${id}.json`, source: json });
      }
    },
  };
}
