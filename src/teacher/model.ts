/**
 * The teacher area's data, written once and shared by its two halves: the
 * pure logic (hand-in codec, class summary, exports — `src/teacher/handin`,
 * `summary`, `export`) and the screens and storage that use it.
 *
 * Privacy by construction: what the teacher area keeps of a child is the
 * nickname they chose, their age band, the class code they typed and their
 * results. `childKey` is the random profile id the game made on the child's
 * device (it says nothing about the child or the device; it only keeps two
 * children who chose the same nickname apart).
 */
import type { AgeBand } from '../format/taxonomy.js';
import type { Transcript } from '../engine/types.js';

/** One finished play of a story, as the teacher area keeps it. */
export interface ClassAttempt {
  /** The attempt's id from the child's device: importing it again changes nothing. */
  id: string;
  classCode: string;
  childKey: string;
  nickname: string;
  ageBand: AgeBand;
  scenarioId: string;
  scenarioVersion: number;
  startedAt: number;
  endedAt: number;
  durationMs: number;
  transcript: Transcript;
  /**
   * How it reached the teacher: a hand-in (file or QR), played on this
   * device, or played together by the whole class on the projector
   * (classroom mode: then `childKey` and `nickname` stand for the class).
   */
  source: 'file' | 'qr' | 'this-device' | 'classroom';
  /** Only for `source: 'classroom'`: what the class decided, the hands raised and the choices tried. */
  classroom?: ClassroomPlay;
  /** When the teacher area stored it (for "imported today"); not part of the child's data. */
  importedAt: number;
}

/** One decision of the class at a choice, with the show of hands if the teacher counted them. */
export interface ClassroomDecision {
  node: string;
  /** What the class picked: a choice's line id, or `protect:<action>` for a protective action. */
  picked: string;
  /** Hands raised per option (the same ids), only for the options the teacher counted. */
  hands: { option: string; count: number }[];
}

/** What a class session keeps beyond the engine's transcript (which holds the path and the signs named). */
export interface ClassroomPlay {
  /** The decisions that led to the ending, in order. */
  decisions: ClassroomDecision[];
  /** Decisions the class tried and then rewound ("what if we had chosen B?"), in the order tried. */
  tried: { node: string; picked: string }[];
}

/** A class as the teacher made it. */
export interface TeacherClass {
  /** The short code children type in their profile (see `class-code.ts`). */
  code: string;
  /** What the teacher calls it, e.g. "6º B — mañana". Shown only in the teacher area. */
  name: string;
  createdAt: number;
  archived: boolean;
}
