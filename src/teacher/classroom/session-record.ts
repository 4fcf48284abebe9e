/**
 * A class session in progress, as the teacher store keeps it (in its
 * `settings` table, one record per class under `classroom:<CODE>`), so a
 * reload — or a laptop that went to sleep — comes back to the same step.
 * Checked with zod when written and when read, like every teacher record;
 * the engine states inside are checked again by the engine when restored
 * (`Engine.restore` treats a save as untrusted and never throws).
 */
import { z } from 'zod';
import { NodeIdSchema, ScenarioIdSchema, TimeSchema } from '../../engine/transcript-schema.js';
import { ClassCode } from '../../store/records.js';
import { ClassroomDecisionRecord, ClassroomPlayRecord } from '../store/records.js';

/**
 * Where the session is: the story (messages and choices), the "spot it"
 * step, the class debrief, the "teacher only" warning and the teacher's own
 * screen (discussion questions and disclosure guidance).
 */
export const CLASSROOM_STEPS = ['story', 'spot', 'debrief', 'warning', 'teacher'] as const;
export type ClassroomStep = (typeof CLASSROOM_STEPS)[number];

export const CLASSROOM_KEY_PREFIX = 'classroom:';
export const classroomKey = (classCode: string): string => `${CLASSROOM_KEY_PREFIX}${classCode}`;

/** More checkpoints than any shipped story has choices, yet a bound on what is read back. */
const MAX_CHECKPOINTS = 500;
/** An engine state as saved: an object, checked in full by the engine when restored. */
const SavedEngineState = z.looseObject({});

export const ClassroomSessionRecord = z
  .strictObject({
    key: z.string().startsWith(CLASSROOM_KEY_PREFIX),
    version: z.literal(1),
    /** The id the class attempt is saved under (the same through rewinds and later flags). */
    attemptId: z.string().min(1).max(64),
    classCode: ClassCode,
    scenarioId: ScenarioIdSchema,
    startedAt: TimeSchema,
    step: z.enum(CLASSROOM_STEPS),
    /** The engine state as last saved; null before the story's first step was saved. */
    state: SavedEngineState.nullable(),
    /** The engine state just before each decision in `play.decisions`: what a rewind goes back to. */
    checkpoints: z.array(SavedEngineState).max(MAX_CHECKPOINTS),
    play: ClassroomPlayRecord,
    /** At a choice: the option the teacher has marked as the class's decision, and the hands counted so far. */
    draft: z.strictObject({
      selected: NodeIdSchema.nullable(),
      hands: ClassroomDecisionRecord.shape.hands,
    }),
    /** The class attempt was saved (an ending was reached). */
    saved: z.boolean(),
  })
  .refine((r) => r.key === classroomKey(r.classCode), 'the key names another class')
  .refine((r) => r.checkpoints.length === r.play.decisions.length, 'one checkpoint for every decision');
export type ClassroomSessionRecordT = z.infer<typeof ClassroomSessionRecord>;
