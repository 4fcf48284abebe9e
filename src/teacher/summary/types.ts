/**
 * What `summarise` returns. Codes and ids only (sign, lesson, ending kind,
 * node and line ids): the screens translate them. Shares are fractions
 * from 0 to 1, or null when there was nothing to divide by. Every list
 * comes in a fixed order (vocabulary order, or by count then id), so the
 * same results always give the same summary. Definitions:
 * docs/teacher-data.md.
 */
import type {
  EndingKind,
  Lesson,
  ProtectiveAction,
  SafetyRating,
  Topic,
  WarningSign,
} from '../../format/taxonomy.js';
import type { AgeBand } from '../../format/taxonomy.js';

export interface SignFigures {
  sign: WarningSign;
  spotted: number;
  missed: number;
  /** spotted / (spotted + missed). */
  share: number | null;
}

export interface ProtectiveFigures {
  action: ProtectiveAction;
  /** Times taken, all attempts together. */
  uses: number;
  /** Attempts that took it at least once. */
  attempts: number;
}

export interface RiskyChoiceFigures {
  scenarioId: string;
  node: string;
  /** The choice's line id (its text, in `scenario:<scenarioId>`). */
  choice: string;
  /** Times chosen, all attempts together. */
  times: number;
  /** Attempts that chose it at least once. */
  attempts: number;
}

/** One side of "first vs best": the figures of the chosen attempt of each child and story. */
export interface AttemptSideFigures {
  completed: number;
  endings: Record<EndingKind, number>;
  spotted: number;
  missed: number;
  spottedShare: number | null;
  riskyChoices: number;
}

export interface FirstVsBest {
  /** Child-and-story pairs (a child who played two stories is two pairs). */
  pairs: number;
  /** Pairs with more than one attempt. */
  repeated: number;
  /** Pairs whose best attempt is better than their first (see `compareAttempts`). */
  improved: number;
  first: AttemptSideFigures;
  best: AttemptSideFigures;
}

/** The figures every level of the summary has (class, story, topic). */
export interface Figures {
  /** Distinct children; a class session (`source: 'classroom'`) is not a child. */
  children: number;
  attempts: number;
  /** Of the attempts, the class sessions played together on the projector. */
  playedTogether: number;
  /** Attempts that reached an ending. */
  completed: number;
  completion: number | null;
  /** Every attempt's time, added up. */
  minutesPlayed: number;
  /** The middle attempt's time (half took longer, half less). */
  medianMinutes: number | null;
  endings: Record<EndingKind, number>;
  spotted: number;
  missed: number;
  spottedShare: number | null;
  /** Each sign that was shown at least once, in vocabulary order. */
  signs: SignFigures[];
  flags: number;
  falseFlags: number;
  /** Right flags that named a sign; of those, how many named a sign the message does not show, and how many cannot tell. */
  signNamed: number;
  signNamedWrong: number;
  signNamedUnknown: number;
  /** Every protective action, in vocabulary order (zeros included). */
  protective: ProtectiveFigures[];
  choices: Record<SafetyRating, number>;
  /** The most common risky choices, most attempts first (at most `top`). */
  riskyChoices: RiskyChoiceFigures[];
  firstVsBest: FirstVsBest;
}

export interface EndingFigures {
  node: string;
  kind: EndingKind;
  /** The ending's title line id, when the story is known. */
  titleLine: string | null;
  count: number;
}

export interface MessageFigures {
  message: string;
  signs: WarningSign[];
  spotted: number;
  missed: number;
}

export interface StorySummary extends Figures {
  scenarioId: string;
  /** False when no StoryFacts were given for it (a story no longer on this device). */
  known: boolean;
  titleLine: string | null;
  topics: Topic[];
  /** How often each ending was reached, most first. */
  endingsByNode: EndingFigures[];
  /** The messages whose signs were missed most, most first (at most `top`). */
  missedMessages: MessageFigures[];
  /** The messages flagged most often that show no sign, most first (at most `top`). */
  falseFlagMessages: { message: string; count: number }[];
}

export interface TopicSummary extends Figures {
  topic: Topic;
  /** The stories counted under this topic (a story of two topics counts under both). */
  stories: string[];
}

/** One attempt, briefly: what the per-child view shows for "first" and "best". */
export interface AttemptBrief {
  id: string;
  startedAt: number;
  endingKind: EndingKind | null;
  endingNode: string | null;
  spotted: number;
  missed: number;
  spottedShare: number | null;
  riskyChoices: number;
  falseFlags: number;
}

export interface ChildStory {
  scenarioId: string;
  attempts: number;
  first: AttemptBrief;
  best: AttemptBrief;
}

export interface ChildSummary {
  childKey: string;
  nickname: string;
  ageBand: AgeBand;
  attempts: number;
  completed: number;
  minutesPlayed: number;
  stories: ChildStory[];
}

export interface WeakSign extends SignFigures {
  /** Where the sign was missed most: stories, most missed first. */
  stories: string[];
  /** The message showing this sign that was missed most (its text is the example to talk about). */
  example: { scenarioId: string; message: string } | null;
}

export interface WeakLesson {
  lesson: Lesson;
  /** Finished attempts where something risky happened and whose ending teaches it. */
  needed: number;
  /** Finished attempts of stories with an ending that teaches it. */
  offered: number;
  share: number | null;
  stories: string[];
}

export interface DiscussionPlan {
  /** The signs the class spotted least (at most `limit`). */
  signs: WeakSign[];
  /** The lessons the class needed most (at most `limit`). */
  lessons: WeakLesson[];
  /** The stories the plan draws on, most relevant first. */
  stories: string[];
  /** Their teacher notes' discussion questions, in order: line ids in `scenario:<scenarioId>`. */
  questions: { scenarioId: string; line: string }[];
}

export interface ClassSummary {
  /** The class code (the teacher's spelling when `classes` was given); null for all classes together. */
  classCode: string | null;
  figures: Figures;
  stories: StorySummary[];
  topics: TopicSummary[];
  children: ChildSummary[];
  discuss: DiscussionPlan;
}

export interface Summary {
  classes: ClassSummary[];
  /** Every class together. */
  all: ClassSummary;
  /** Attempts left out because an attempt with the same id came earlier in the list. */
  duplicates: number;
}

export interface SummaryOptions {
  /** The teacher's classes: results are grouped under their codes however a child typed them. */
  classes?: readonly { code: string }[];
  /** How many risky choices and messages a list keeps (default 5). */
  top?: number;
  /** A sign is "weak" below this spotted share (default 0.75)… */
  weakShare?: number;
  /** …once it was shown at least this many times (default 3). */
  minSeen?: number;
  /** How many weak signs and lessons the plan names (default 3). */
  limit?: number;
  /** How many stories' questions the plan offers (default 2). */
  planStories?: number;
}
