/**
 * The compiled story pack: what the engine runs and what an NGO hands to a
 * school. The checker compiles a scenario folder into one (compile.ts); the
 * game reads one back as untrusted input (read.ts). Compared with the
 * authoring format (../schema.ts):
 * - conditions and effects are expression trees, not text, so nothing parses
 *   at play time;
 * - each node lists the protective actions open there and where each leads
 *   (the scenario-wide defaults and the node's overrides already merged, hidden
 *   ones left out), `firstChat` names the opening conversation, and
 *   `protective` keeps the story-wide actions for the engine's last resort
 *   (see play-rules.ts);
 * - every reference (node, contact, variable, line id) has been checked.
 * Everything else keeps the authoring names and shapes (contacts, messages,
 * endings, teacher notes...), so code reading those works on either.
 *
 * Version rules (see docs/pack-format.md): PACK_VERSION rises with any change
 * a reader of the previous version would misread. A reader accepts versions
 * from MIN_COMPATIBLE_PACK_VERSION to PACK_VERSION and refuses others with a
 * reason naming the version.
 */
import { z } from 'zod';
import { BINARY_OPS, EFFECT_OPS, type EffectAst, type Expr } from '../expression-ast.js';
import {
  Contact,
  Ending,
  Group,
  LineId,
  Message,
  Name,
  Scenario,
  TextTable,
  VariableDeclaration,
} from '../schema.js';
import { PROTECTIVE_ACTIONS, SAFETY_RATINGS } from '../taxonomy.js';

export const PACK_FORMAT = 'escudo-pack';
/** The pack version this code writes. */
export const PACK_VERSION = 4;
/**
 * The oldest pack version this code still plays. Version 1 packs held the
 * authoring scenario with expressions as text; playing them would need the
 * parser in the game, so they are refused with a reason instead. Version 2
 * packs have no children's note (`playerNote`), and the only stand-in would
 * be the teacher's content note, which may give the story away: refused too.
 */
export const MIN_COMPATIBLE_PACK_VERSION = 3;

const Value = z.union([z.number(), z.boolean(), z.string()]);

/** A condition or a value, as a tree. */
export const CompiledExpr: z.ZodType<Expr> = z
  .lazy(() =>
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('literal'), value: Value }),
      z.strictObject({ kind: z.literal('var'), name: Name }),
      z.strictObject({ kind: z.literal('not'), operand: CompiledExpr }),
      z.strictObject({
        kind: z.literal('binary'),
        op: z.enum(BINARY_OPS),
        left: CompiledExpr,
        right: CompiledExpr,
      }),
    ]),
  )
  .meta({ id: 'Expression', description: 'A condition or value as a tree (literal, var, not, binary).' });

/** A change to a variable, e.g. `trust += 1` as `{ target: "trust", op: "+=", value: ... }`. */
export const CompiledEffect: z.ZodType<EffectAst> = z.strictObject({
  target: Name,
  op: z.enum(EFFECT_OPS),
  value: CompiledExpr,
});

export const StoryOutcome = z.strictObject({
  goto: Name.describe('The node this action leads to.'),
  effects: z.array(CompiledEffect),
  target: Name.optional().describe('The contact a block or report is about, when the author named one.'),
});

/** A message as authored, its `if:` compiled to a tree. */
export const StoryMessage = Message.omit({ if: true }).extend({
  condition: CompiledExpr.optional().describe('Only shown when this holds when the node is entered.'),
});

export const StoryChoice = z.strictObject({
  id: LineId.describe('Line id of the choice text; also what the player sends to choose it.'),
  goto: Name,
  rating: z.enum(SAFETY_RATINGS),
  condition: CompiledExpr.optional().describe('Only available when this holds.'),
  showLocked: z.boolean(),
  effects: z.array(CompiledEffect),
  feedback: LineId.optional(),
  once: z.boolean(),
  says: z.boolean(),
  counts: z.enum(PROTECTIVE_ACTIONS).optional().describe('Recorded as this protective action when chosen.'),
});

/** Protective actions and where each leads; absent ones are hidden. */
const StoryOutcomes = z.strictObject(
  Object.fromEntries(PROTECTIVE_ACTIONS.map((a) => [a, StoryOutcome.optional()])) as {
    [K in (typeof PROTECTIVE_ACTIONS)[number]]: z.ZodOptional<typeof StoryOutcome>;
  },
);

export const StoryNode = z.strictObject({
  chat: Name.optional().describe("The conversation this node happens in (else the previous node's)."),
  messages: z.array(StoryMessage),
  choices: z.array(StoryChoice),
  next: Name.optional(),
  effects: z.array(CompiledEffect).describe('Applied when the node is entered.'),
  protective: StoryOutcomes.describe(
    'The protective actions open at this node and where each leads; absent ones are hidden.',
  ),
  ending: Ending.optional(),
});

/** A compiled story: the authoring metadata as written, the logic resolved. */
export const Story = Scenario.pick({
  id: true,
  version: true,
  topics: true,
  ageBands: true,
  sourceLanguage: true,
  minutes: true,
  title: true,
  summary: true,
  playerNote: true,
  teacherNotes: true,
  player: true,
}).extend({
  contacts: z.record(Name, Contact),
  groups: z.record(Name, Group),
  variables: z.record(Name, VariableDeclaration),
  start: Name,
  firstChat: Name.describe('The conversation open when the story starts.'),
  protective: StoryOutcomes.default({}).describe(
    'The story-wide protective actions (before any node hides or overrides one). The engine offers them ' +
      'only where a node would leave nothing to press. Packs of version 3 have none.',
  ),
  nodes: z.record(Name, StoryNode),
});

export const Pack = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION).describe('The pack format version (see docs/pack-format.md).'),
  scenario: Story,
  texts: z.record(z.string(), TextTable).describe('One text table per language tag (es, pt-BR, en...).'),
});

export type StoryT = z.infer<typeof Story>;
export type StoryNodeT = z.infer<typeof StoryNode>;
export type StoryChoiceT = z.infer<typeof StoryChoice>;
export type StoryOutcomeT = z.infer<typeof StoryOutcome>;
export type StoryMessageT = z.infer<typeof StoryMessage>;
export type PackT = z.infer<typeof Pack>;
