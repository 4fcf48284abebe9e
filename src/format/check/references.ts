/**
 * Names that must refer to something that exists: nodes (start, goto, next,
 * protective goto), conversations (chat, from, group members) and the
 * variable a message passes as {{count}}, and the contact a block or report
 * names as its `target`.
 */
import { NARRATOR, PLAYER, PROTECTIVE_ACTIONS } from '../taxonomy.js';
import type { ProtectiveOutcomeT } from '../schema.js';
import { has, type CheckContext } from './context.js';
import { describePath } from './locate.js';
import { suggestion } from './similar.js';

export function checkReferences(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  const nodeNames = Object.keys(scenario.nodes);
  const contactNames = Object.keys(scenario.contacts);
  const chatNames = [...contactNames, ...Object.keys(scenario.groups)];

  const node = (name: string, path: (string | number)[]): void => {
    if (has(scenario.nodes, name)) return;
    const msg = `${describePath(path)}: there is no node called "${name}"${suggestion(name, nodeNames)}`;
    report.add(file, 'error', 'unknown-node', msg, path);
  };
  const chat = (name: string, path: (string | number)[], allowed: string[], what: string): void => {
    if (allowed.includes(name)) return;
    const msg = `${describePath(path)}: there is no ${what} called "${name}"${suggestion(name, allowed)}`;
    report.add(file, 'error', 'unknown-contact', msg, path);
  };

  const outcomeRefs = (outcome: ProtectiveOutcomeT | undefined, path: (string | number)[]): void => {
    if (!outcome || outcome === 'hidden') return;
    node(outcome.goto, [...path, 'goto']);
    if (outcome.target !== undefined) chat(outcome.target, [...path, 'target'], contactNames, 'contact');
  };

  node(scenario.start, ['start']);
  for (const action of PROTECTIVE_ACTIONS) outcomeRefs(scenario.protective[action], ['protective', action]);
  for (const [groupId, group] of Object.entries(scenario.groups)) {
    if (has(scenario.contacts, groupId)) {
      const msg = `groups.${groupId}: a contact has the same name; give the group its own name`;
      report.add(file, 'error', 'duplicate-name', msg, ['groups', groupId], 'key');
    }
    group.members.forEach((m, i) => chat(m, ['groups', groupId, 'members', i], contactNames, 'contact'));
  }

  const senders = [...contactNames, PLAYER, NARRATOR];
  for (const [id, n] of Object.entries(scenario.nodes)) {
    const at = ['nodes', id];
    if (n.chat !== undefined) chat(n.chat, [...at, 'chat'], chatNames, 'contact or group');
    n.messages.forEach((m, i) => {
      chat(m.from, [...at, 'messages', i, 'from'], senders, 'contact (or "player" or "narrator")');
      if (m.count !== undefined) {
        const path = [...at, 'messages', i, 'count'];
        const declared = has(scenario.variables, m.count) ? scenario.variables[m.count] : undefined;
        if (!declared) {
          const msg = `${describePath(path)}: "${m.count}" is not a declared variable${suggestion(m.count, Object.keys(scenario.variables))}`;
          report.add(file, 'error', 'undeclared-variable', msg, path);
        } else if (declared.type !== 'number') {
          const msg = `${describePath(path)}: "${m.count}" holds ${declared.type === 'boolean' ? 'true/false' : 'text'}, but a count must be a number variable`;
          report.add(file, 'error', 'type-error', msg, path);
        }
      }
    });
    n.choices.forEach((c, i) => node(c.goto, [...at, 'choices', i, 'goto']));
    if (n.next !== undefined) node(n.next, [...at, 'next']);
    for (const action of PROTECTIVE_ACTIONS)
      outcomeRefs(n.protective?.[action], [...at, 'protective', action]);
  }
}
