/**
 * A story's notes for teachers, as the teacher area shows and prints them:
 * taken from its loaded pack (line ids, looked up by the screen in the
 * story's namespace), plus the warning signs it shows and how many endings
 * of each kind it has. Pure, so it is unit-tested.
 */
import type { LoadedPack } from '../../format/pack/read';
import { ENDING_KINDS, WARNING_SIGNS, type EndingKind, type WarningSign } from '../../format/taxonomy';

export interface LessonNotes {
  id: string;
  titleLine: string;
  summaryLine: string;
  topics: string[];
  ageBands: string[];
  minutes: number;
  contentNote: string;
  learningGoals: string[];
  groundRules: string[];
  discussionQuestions: string[];
  /** The story's own disclosure guidance; undefined: the screen shows the general one. */
  disclosure: string | undefined;
  signs: WarningSign[];
  /** Endings by kind, only the kinds the story has, in vocabulary order. */
  endings: { kind: EndingKind; count: number }[];
}

export function lessonNotesOf(pack: Pick<LoadedPack, 'scenario'>): LessonNotes {
  const story = pack.scenario;
  const signs = new Set<WarningSign>();
  const endings = new Map<EndingKind, number>();
  for (const node of Object.values(story.nodes)) {
    for (const message of node.messages) for (const s of message.signs) signs.add(s);
    if (node.ending) endings.set(node.ending.kind, (endings.get(node.ending.kind) ?? 0) + 1);
  }
  const notes = story.teacherNotes;
  return {
    id: story.id,
    titleLine: story.title,
    summaryLine: story.summary,
    topics: [...story.topics],
    ageBands: [...story.ageBands],
    minutes: story.minutes,
    contentNote: notes.contentNote,
    learningGoals: [...notes.learningGoals],
    groundRules: [...notes.groundRules],
    discussionQuestions: [...notes.discussionQuestions],
    disclosure: notes.disclosure,
    signs: WARNING_SIGNS.filter((s) => signs.has(s)),
    endings: ENDING_KINDS.filter((k) => endings.has(k)).map((kind) => ({ kind, count: endings.get(kind)! })),
  };
}
