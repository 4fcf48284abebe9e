/**
 * Loading a scenario folder: YAML text in, validated objects and findings out.
 *
 * Everything read here is untrusted (an NGO's file, or a file someone sent
 * them), so this never throws: a syntax error, an oversized file, a
 * `__proto__` key or a wrong field all become findings with a file, line and
 * column, worded for authors who are not programmers. The objects returned are
 * fresh ones built by zod, never the parsed input itself.
 */
import type { ScenarioT, TextTableT } from './schema.js';
import type { FindingParams } from './check/words/render.js';
import { parseSources } from './check/parse-sources.js';
import { sortFindings } from './check/locate.js';

export interface SourceFile {
  path: string;
  text: string;
  /**
   * The file's bytes, when the reader has them, so the checker can tell a
   * file saved in another encoding than UTF-8 (`text` is then their UTF-8
   * reading). Without them, the text is checked for the marks such a
   * reading leaves (replacement characters, NULs).
   */
  bytes?: Uint8Array;
}

/** One scenario folder: `scenario.yaml` plus `text/<lang>.yaml` files (language from the file name). */
export interface ScenarioSource {
  folder: string;
  scenario: SourceFile;
  texts: SourceFile[];
}

export interface Finding {
  severity: 'error' | 'warning';
  /** Stable identifier of the kind of problem (documented in docs/checker.md). */
  code: string;
  file: string;
  /** 1-based; 0 when the position is unknown (e.g. inside a pack). */
  line: number;
  column: number;
  /** In English, for the command line and `--json`; rendered from `variant` and `params`. */
  message: string;
  /** Which of the code's messages this is, when it has several (template `finding.<code>.<variant>`). */
  variant?: string;
  /**
   * The values the message is made of (node names, line ids, numbers…), so
   * the studio can say the same in the author's language
   * (src/format/check/words/). Absent only on findings made outside the checker.
   */
  params?: FindingParams;
}

export interface LoadedScenario {
  scenario: ScenarioT;
  texts: Record<string, TextTableT>;
}

/**
 * Parses and validates the files of one scenario (schema only; the graph and
 * translation analyses are in `checkScenario`). `loaded` is present only when
 * there is no error: the logic file and every text table are valid.
 */
export function loadScenario(src: ScenarioSource): { loaded?: LoadedScenario; findings: Finding[] } {
  const parsed = parseSources(src);
  const findings = sortFindings(parsed.findings);
  const valid = parsed.textsComplete && !findings.some((f) => f.severity === 'error');
  return parsed.scenario && valid
    ? { loaded: { scenario: parsed.scenario, texts: parsed.texts }, findings }
    : { findings };
}
