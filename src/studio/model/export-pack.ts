/**
 * "Export pack": the story's files through the same check-then-compile code
 * as `npm run scenarios:pack` (src/format/pack/pack-source.ts), so the file an
 * author downloads here is the one the command line would write. Refused,
 * with the findings that stop it, while the checker reports an error or any
 * safeguarding finding.
 */
import { stopsTheBuild, type Finding } from '../../format/check/index';
import { packFileText, packSource } from '../../format/pack/pack-source';
import { toSource, type StoryFiles } from './story-files';

export type ExportResult =
  { ok: true; fileName: string; text: string; warnings: Finding[] } | { ok: false; stopping: Finding[] };

export function exportPack(story: StoryFiles): ExportResult {
  const { pack, findings } = packSource(toSource(story));
  if (!pack) {
    const stopping = findings.filter(stopsTheBuild);
    // A finding the loader adds after a clean check is an error by construction; keep any as the reason.
    return { ok: false, stopping: stopping.length > 0 ? stopping : findings };
  }
  return {
    ok: true,
    fileName: `${pack.scenario.id}.pack.json`,
    text: packFileText(pack),
    warnings: findings.filter((f) => !stopsTheBuild(f)),
  };
}
