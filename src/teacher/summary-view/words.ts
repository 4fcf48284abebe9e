/**
 * The names the summary pages and their downloads give to codes and line
 * ids, in the teacher's language: warning signs (`signs`), lessons
 * (`lessons`), topics, protective actions and age bands (`endings`), stories,
 * endings, choices and discussion questions (`scenario:<id>`, registered
 * when the story's pack loads), and the teacher area's own words for ending
 * kinds and where a result came from. A code with no text (a story no longer
 * on this device, a source added by a newer version) is shown as it is, or
 * with a plain fallback, never as a missing key.
 */
import type { GameI18n } from '../../i18n/index';
import type { Labeller } from '../export/index';
import type { StoryFacts } from '../summary/index';
import type { TeacherText } from '../ui/text';

export interface SummaryWords {
  /** The teacher area's own words (namespace `teacher`, then `ui`). */
  t: TeacherText;
  sign(code: string): string;
  lesson(code: string): string;
  topic(code: string): string;
  action(code: string): string;
  endingKind(code: string): string;
  ageBand(code: string): string;
  /** Where a result came from: a file, QR codes, this device, played together, or "other". */
  source(code: string): string;
  story(scenarioId: string): string;
  /** An ending's title, by its node id. */
  ending(scenarioId: string, node: string): string;
  /** Any line of a story (a choice, a message, a discussion question). */
  line(scenarioId: string, line: string): string;
  count(n: number): string;
  /** A share from 0 to 1 as a whole percentage; a dash when unknown. */
  percent(share: number | null): string;
  minutes(n: number | null): string;
}

/** The sources this version names; any other (a newer version's) is "other". */
export const KNOWN_SOURCES = ['file', 'qr', 'this-device', 'classroom'] as const;

export function summaryWords(
  i18n: Pick<GameI18n, 't' | 'has' | 'language'>,
  t: TeacherText,
  stories: ReadonlyMap<string, StoryFacts>,
): SummaryWords {
  const text = (key: string, ns: string, fallback: string, options: Record<string, unknown> = {}) =>
    i18n.has(key, ns) ? i18n.t(key, { ns, ...options }) : fallback;
  // A line may name the player ({{player}}): in the teacher's view it stands for any student.
  const player = t('summary.player');
  const storyLine = (scenarioId: string, line: string) =>
    text(line, `scenario:${scenarioId}`, line, { player, count: 1 });
  const language = i18n.language();
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(language, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
  return {
    t,
    sign: (code) => text(`${code}.name`, 'signs', code),
    lesson: (code) => text(`${code}.name`, 'lessons', code),
    topic: (code) => text(`topic.${code}.name`, 'endings', code),
    action: (code) => text(`action.${code}.label`, 'endings', code),
    endingKind: (code) => text(`summary.kind.${code}`, 'teacher', code),
    ageBand: (code) => text(`ageBand.${code}.name`, 'endings', code),
    source: (code) =>
      (KNOWN_SOURCES as readonly string[]).includes(code)
        ? t(`summary.source.${code}`)
        : t('summary.source.other'),
    story(scenarioId) {
      const facts = stories.get(scenarioId);
      return facts ? storyLine(scenarioId, facts.titleLine) : scenarioId;
    },
    ending(scenarioId, node) {
      const facts = stories.get(scenarioId);
      const ending = facts && Object.hasOwn(facts.endings, node) ? facts.endings[node] : undefined;
      return ending ? storyLine(scenarioId, ending.titleLine) : node;
    },
    line: storyLine,
    count: (n) => whole.format(n),
    percent: (share) => (share === null ? '—' : percent.format(share)),
    minutes: (n) => (n === null ? '—' : decimal.format(n)),
  };
}

/** The export's names for codes (docs/teacher-data.md, "Words"), from the same words as the page. */
export function exportLabeller(words: SummaryWords): Labeller {
  return (kind, code, scenarioId) => {
    switch (kind) {
      case 'story':
        return words.story(code);
      case 'ending':
        return scenarioId ? words.ending(scenarioId, code) : code;
      case 'ending-kind':
        return words.endingKind(code);
      case 'action':
        return words.action(code);
      case 'source':
        return words.source(code);
      case 'yes-no':
        return words.t(code === 'yes' ? 'summary.yes' : 'summary.no');
      case 'topic':
        return words.topic(code);
      case 'sign':
        return words.sign(code);
      case 'scope':
        return words.t(`summary.scope.${code}`);
      case 'age-band':
        return words.ageBand(code);
    }
  };
}
