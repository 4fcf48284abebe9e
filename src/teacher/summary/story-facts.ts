/**
 * What the class summary needs to know about a story, taken once from its
 * pack: the topics it counts under, its title's line id, which messages
 * show which warning signs, what each ending is and teaches, and the
 * teacher notes' discussion questions. Small and plain, so the screens can
 * keep one per story without holding whole packs, and tests can write one.
 *
 * Line ids are looked up by the screens in the story's namespace
 * (`scenario:<id>`), like everything else the engine hands out.
 */
import { endingLessons } from '../../format/lessons.js';
import type { LoadedPack } from '../../format/pack/read.js';
import {
  WARNING_SIGNS,
  type AgeBand,
  type EndingKind,
  type Lesson,
  type Topic,
  type WarningSign,
} from '../../format/taxonomy.js';

export interface EndingFacts {
  kind: EndingKind;
  titleLine: string;
  /** Every lesson the ending's lines teach, in vocabulary order. */
  lessons: Lesson[];
}

export interface StoryFacts {
  id: string;
  version: number;
  topics: Topic[];
  ageBands: AgeBand[];
  minutes: number;
  titleLine: string;
  summaryLine: string;
  /** Message line id → the warning signs it shows (only messages that show one). */
  signsByMessage: Record<string, WarningSign[]>;
  /** Every sign the story can show, in vocabulary order. */
  signs: WarningSign[];
  /** Ending node id → what that ending is. */
  endings: Record<string, EndingFacts>;
  learningGoals: string[];
  discussionQuestions: string[];
}

export function storyFactsFromPack(pack: Pick<LoadedPack, 'scenario'>): StoryFacts {
  const story = pack.scenario;
  const signsByMessage: Record<string, WarningSign[]> = Object.create(null) as Record<string, WarningSign[]>;
  const endings: Record<string, EndingFacts> = Object.create(null) as Record<string, EndingFacts>;
  const all = new Set<WarningSign>();
  for (const [nodeId, node] of Object.entries(story.nodes)) {
    for (const message of node.messages) {
      if (message.signs.length === 0) continue;
      const known = new Set([...(signsByMessage[message.id] ?? []), ...message.signs]);
      signsByMessage[message.id] = WARNING_SIGNS.filter((s) => known.has(s));
      for (const s of message.signs) all.add(s);
    }
    if (node.ending) {
      endings[nodeId] = {
        kind: node.ending.kind,
        titleLine: node.ending.title,
        lessons: endingLessons(node.ending),
      };
    }
  }
  return {
    id: story.id,
    version: story.version,
    topics: [...story.topics],
    ageBands: [...story.ageBands],
    minutes: story.minutes,
    titleLine: story.title,
    summaryLine: story.summary,
    signsByMessage,
    signs: WARNING_SIGNS.filter((s) => all.has(s)),
    endings,
    learningGoals: [...story.teacherNotes.learningGoals],
    discussionQuestions: [...story.teacherNotes.discussionQuestions],
  };
}
