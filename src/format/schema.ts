/**
 * The scenario format, as zod schemas. These are the single source of truth:
 * the TypeScript types are inferred from them and the JSON Schemas that
 * editors use for autocomplete are generated from them (`npm run schemas`).
 *
 * A scenario is a folder `scenarios/<id>/` holding:
 * - `scenario.yaml`: the logic (contacts, variables, nodes, choices, endings),
 *   which refers to text only by line id;
 * - `text/<language>.yaml`: one table of text per language.
 */
import { z } from 'zod';
import {
  AGE_BANDS,
  AVATARS,
  CHAT_APPS,
  ENDING_KINDS,
  PICTURES,
  LESSONS,
  PROTECTIVE_ACTIONS,
  SAFETY_RATINGS,
  TOPICS,
  WARNING_SIGNS,
} from './taxonomy.js';

/** A stable id for one line of visible text, e.g. `intro.hello`. */
export const LineId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, dots, dashes and underscores only')
  .max(120)
  .describe('The id of a line of text in the language tables (text/<language>.yaml).');

/** A name for a node, contact, group, variable or choice. */
export const Name = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_-]*$/, 'start with a letter; use letters, digits, dashes and underscores only')
  .max(80);

export const VariableDeclaration = z.strictObject({
  type: z.enum(['number', 'boolean', 'string']).describe('What kind of value the variable holds.'),
  default: z.union([z.number(), z.boolean(), z.string()]).describe('Its value when the scenario starts.'),
  description: z.string().optional().describe('A note for authors; never shown to players.'),
});

/** A condition written as a small expression, e.g. `trust >= 2 and not told`. */
export const Condition = z
  .string()
  .min(1)
  .describe('A condition on variables, e.g. "trust >= 2 and not toldFriend".');
/** An effect written as an assignment, e.g. `trust += 1`. */
export const Effect = z
  .string()
  .min(1)
  .describe('A change to a variable, e.g. "trust += 1" or "toldFriend = true".');

export const Contact = z.strictObject({
  name: LineId.describe('Line id of the display name (names can differ per language).'),
  avatar: z.enum(AVATARS).describe('Which drawn avatar the contact has.'),
  app: z.enum(CHAT_APPS).describe('The look of the app the conversation happens in.'),
  role: z
    .enum(['stranger', 'friend', 'adult-ally', 'group'])
    .default('stranger')
    .describe('Who the contact is to the player: a stranger online, a friend, or a trusted adult.'),
});

export const Group = z.strictObject({
  name: LineId.describe('Line id of the group name.'),
  app: z.enum(CHAT_APPS),
  members: z.array(Name).min(2).describe('Contact ids of the people in the group.'),
});

export const Message = z.strictObject({
  id: LineId.describe('Line id of the message text. Also identifies the message for flagging.'),
  from: Name.describe('Who sends it: a contact id, "player" or "narrator".'),
  typing: z
    .number()
    .int()
    .min(0)
    .max(20000)
    .optional()
    .describe(
      'How long the sender is seen typing, in milliseconds (the game scales it by the speed setting).',
    ),
  image: LineId.optional().describe(
    'Line id of the description of an illustrated image placeholder (a drawing, never a photo).',
  ),
  picture: z
    .enum(PICTURES)
    .optional()
    .describe(
      'Which drawing the game shows for the image (needs `image`); without it, a plain picture frame.',
    ),
  signs: z.array(z.enum(WARNING_SIGNS)).default([]).describe('Warning signs this message shows.'),
  flagFeedback: LineId.optional().describe('Line id of feedback shown when the player flags this message.'),
  count: Name.optional().describe('A number variable passed to the text as {{count}}, for plurals.'),
  if: Condition.optional().describe(
    "Only shown when this condition holds, checked when the node is entered, after the node's effects.",
  ),
});

export const ProtectiveOutcome = z.union([
  z.strictObject({
    goto: Name.describe('The node this action leads to.'),
    effects: z.array(Effect).default([]),
    target: Name.optional().describe(
      'The contact this block or report is about (default: the stranger in the open chat). ' +
        "Lets a friend-helper story block the stranger from inside the friend's chat.",
    ),
  }),
  z.literal('hidden').describe('Hide this action at this node (the node must still have a way out).'),
]);

export const ProtectiveOutcomes = z
  .strictObject(
    Object.fromEntries(PROTECTIVE_ACTIONS.map((a) => [a, ProtectiveOutcome.optional()])) as {
      [K in (typeof PROTECTIVE_ACTIONS)[number]]: z.ZodOptional<typeof ProtectiveOutcome>;
    },
  )
  .describe('What block, report, tell-adult, save-evidence and leave lead to.');

export const Choice = z.strictObject({
  id: LineId.describe('Line id of the choice text (what the player says or does).'),
  goto: Name.describe('The node this choice leads to.'),
  rating: z.enum(SAFETY_RATINGS).describe('How safe this choice is: safe, neutral or risky.'),
  if: Condition.optional().describe('Only available when this condition holds.'),
  showLocked: z
    .boolean()
    .default(false)
    .describe('When the condition fails, show the choice disabled instead of hiding it.'),
  effects: z.array(Effect).default([]),
  feedback: LineId.optional().describe('Line id of a short comment shown right after choosing.'),
  once: z.boolean().default(false).describe('After it is chosen once, it is not offered again.'),
  says: z
    .boolean()
    .default(true)
    .describe(
      'Whether the choice text becomes the player\'s own chat bubble (false for actions like "put the phone down").',
    ),
  counts: z
    .enum(PROTECTIVE_ACTIONS)
    .optional()
    .describe(
      'This choice is a protective action told in the story (e.g. telling the aunt): ' +
        'it is recorded as that action, as if its button had been pressed.',
    ),
});

export const Ending = z.strictObject({
  kind: z.enum(ENDING_KINDS).describe('safe, helped or supported.'),
  title: LineId,
  debrief: z.array(LineId).min(1).describe('Lines explaining what happened, never blaming.'),
  lessons: z.array(LineId).min(1).describe('Key lessons to remember.'),
  teaches: z
    .record(LineId, z.array(z.enum(LESSONS)).min(1))
    .default({})
    .describe(
      'Which lessons each of this ending\'s debrief or lesson lines teaches, e.g. "lesson.dont-pay: [dont-pay]". The checker proves every ending teaches what its topic requires.',
    ),
});

export const Node = z.strictObject({
  chat: Name.optional().describe(
    "The contact or group whose conversation this node happens in (defaults to the previous node's).",
  ),
  messages: z.array(Message).default([]),
  choices: z.array(Choice).default([]),
  next: Name.optional().describe('Go on to this node without a choice (after the messages).'),
  effects: z.array(Effect).default([]).describe('Changes applied when the node is entered.'),
  protective: ProtectiveOutcomes.optional().describe(
    'Override the scenario-wide protective actions at this node.',
  ),
  ending: Ending.optional().describe('Makes this node an ending.'),
});

export const TeacherNotes = z.strictObject({
  learningGoals: z.array(LineId).min(1),
  discussionQuestions: z.array(LineId).min(1),
  contentNote: LineId.describe(
    'What the scenario touches on, for the teacher (it may name the twist; children read `playerNote`).',
  ),
  groundRules: z.array(LineId).default([]),
  disclosure: LineId.optional().describe('What to do if a child discloses something.'),
});

export const Scenario = z.strictObject({
  $schema: z.string().optional(),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes only')
    .max(60)
    .describe('Must match the folder name.'),
  version: z.number().int().min(1).describe('Raise it whenever nodes are renamed or removed.'),
  topics: z.array(z.enum(TOPICS)).min(1),
  ageBands: z.array(z.enum(AGE_BANDS)).min(1),
  sourceLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language tag such as es, pt-BR or en'),
  minutes: z.number().positive().max(120).describe('Estimated minutes to play.'),
  title: LineId,
  summary: LineId,
  playerNote: LineId.describe(
    'Line id of the note children read before the story starts: calm, never giving away the twist, ' +
      "saying they can stop at any time and talk to an adult. (The teacher's contentNote is for the teacher area.)",
  ),
  teacherNotes: TeacherNotes,
  player: z
    .strictObject({ role: z.enum(['self', 'friend-helper']).default('self') })
    .default({ role: 'self' })
    .describe('"friend-helper": the player helps a friend instead of being the target.'),
  contacts: z.record(Name, Contact).refine((c) => Object.keys(c).length > 0, 'add at least one contact'),
  groups: z.record(Name, Group).default({}),
  variables: z.record(Name, VariableDeclaration).default({}),
  start: Name.describe('The node the scenario begins at.'),
  protective: ProtectiveOutcomes.describe('Where each protective action leads, unless a node overrides it.'),
  nodes: z.record(Name, Node),
});

/** A line in a language table: plain text, or plural forms. */
export const LineText = z.union([
  z.string(),
  z
    .strictObject({
      zero: z.string().optional(),
      one: z.string().optional(),
      two: z.string().optional(),
      few: z.string().optional(),
      many: z.string().optional(),
      other: z.string(),
    })
    .describe('Plural forms, chosen by {{count}}.'),
]);

/** A translated line remembers a fingerprint of the source text it came from. */
export const TranslatedLine = z.strictObject({
  text: LineText,
  source: z
    .string()
    .regex(/^[0-9a-f]{8}$/)
    .describe('Fingerprint of the source-language text this was translated from (see the checker).'),
});

export const TextTable = z.record(LineId, z.union([LineText, TranslatedLine]));

export type ScenarioT = z.infer<typeof Scenario>;
export type NodeT = z.infer<typeof Node>;
export type MessageT = z.infer<typeof Message>;
export type ChoiceT = z.infer<typeof Choice>;
export type EndingT = z.infer<typeof Ending>;
export type ContactT = z.infer<typeof Contact>;
export type ProtectiveOutcomeT = z.infer<typeof ProtectiveOutcome>;
export type ProtectiveOutcomesT = z.infer<typeof ProtectiveOutcomes>;
export type VariableDeclarationT = z.infer<typeof VariableDeclaration>;
export type LineTextT = z.infer<typeof LineText>;
export type TextTableT = z.infer<typeof TextTable>;
