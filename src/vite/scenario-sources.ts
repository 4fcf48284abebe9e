/**
 * Serves (in dev) and emits (at build) each shipped story's own files as
 * `scenarios/<id>.source.json`, so the studio can start a new story from a
 * copy of any of them without the repository: the same origin, no YAML in
 * the game (only the studio fetches these, when an author asks for a copy).
 * The shape is read back by src/studio/model/shipped.ts.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { readScenarioSource, scenarioFoldersOf, type ScenarioDirs } from '../cli/read-scenario.js';

export const SOURCE_FORMAT = 'escudo-scenario-source';

/** Every shipped story's files, by folder name: `{ format, folder, files: { 'text/es.yaml': … } }`. */
export function scenarioSources(root: string, scenariosDir: ScenarioDirs = 'scenarios'): Map<string, string> {
  const out = new Map<string, string>();
  for (const folder of scenarioFoldersOf(scenariosDir, root)) {
    const source = readScenarioSource(folder, root);
    if (!source) continue;
    const files: Record<string, string> = {};
    for (const file of [source.scenario, ...source.texts]) {
      files[relative(folder, file.path).split('\\').join('/')] = file.text;
    }
    const name = folder.split(/[\\/]/).pop()!;
    out.set(name, JSON.stringify({ format: SOURCE_FORMAT, folder: name, files }));
  }
  return out;
}

export function escudoScenarioSources(root: string, scenarioDirs: ScenarioDirs = 'scenarios'): Plugin {
  return {
    name: 'escudo-scenario-sources',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const m = /\/scenarios\/([a-z0-9][a-z0-9-]*)\.source\.json$/.exec(url);
        if (!m) return next();
        const body = scenarioSources(root, scenarioDirs).get(m[1]!);
        if (body === undefined) {
          res.statusCode = 404;
          res.end('no such scenario');
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
    generateBundle() {
      for (const [name, json] of scenarioSources(root, scenarioDirs)) {
        this.emitFile({ type: 'asset', fileName: `scenarios/${name}.source.json`, source: json });
      }
    },
  };
}
