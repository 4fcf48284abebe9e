/**
 * What the analyses of the text tables read of the logic file, as plain
 * data: the story's id and source language, its youngest age band, and
 * every use of a line with what those analyses ask about it. They are given
 * this view instead of the scenario (TableContext), so the studio's
 * remembering checker can keep their findings when a logic edit leaves the
 * view as it was: a message's typing time, a goto or a condition changes
 * nothing here, and the tables need not be read again (analyses.ts).
 */
import type { ScenarioT } from '../schema.js';
import { AGE_BANDS, NARRATOR, PLAYER, type AgeBand } from '../taxonomy.js';
import type { CheckContext } from './context.js';
import { lineUses, type LineUse } from './line-uses.js';

export interface ViewedUse extends LineUse {
  /** A message whose sender must never blame: the narrator, a friend or a trusted adult. */
  gentleSender?: true;
  /** A message that passes a number to its text (`count:`). */
  counted?: true;
}

export interface TableView {
  id: string;
  sourceLanguage: string;
  /** The youngest age band the story is for: its reading limits apply. */
  band: AgeBand | undefined;
  uses: ViewedUse[];
}

/** What a table analysis is given: the files and tables, and the view instead of the scenario. */
export interface TableContext extends Omit<CheckContext, 'scenario'> {
  view: TableView;
}

export type TableAnalysis = (ctx: TableContext) => void;

export function tableViewOf(scenario: ScenarioT): TableView {
  const uses = lineUses(scenario).map((use): ViewedUse => {
    if (use.role !== 'message') return use;
    const [, nodeId, , index] = use.path;
    const message = scenario.nodes[String(nodeId)]?.messages[Number(index)];
    if (!message) return use;
    const role = scenario.contacts[message.from]?.role;
    const gentle =
      message.from === NARRATOR || (message.from !== PLAYER && (role === 'friend' || role === 'adult-ally'));
    return {
      ...use,
      ...(gentle ? { gentleSender: true as const } : {}),
      ...(message.count !== undefined ? { counted: true as const } : {}),
    };
  });
  return {
    id: scenario.id,
    sourceLanguage: scenario.sourceLanguage,
    band: AGE_BANDS.find((b) => scenario.ageBands.includes(b)),
    uses,
  };
}
