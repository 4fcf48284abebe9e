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
import { suggestionWords } from './similar.js';
import { phrase } from './words/render.js';

export function checkReferences(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  const nodeNames = Object.keys(scenario.nodes);
  const contactNames = Object.keys(scenario.contacts);
  const chatNames = [...contactNames, ...Object.keys(scenario.groups)];

  const node = (name: string, path: (string | number)[]): void => {
    if (has(scenario.nodes, name)) return;
    const words = { params: { path: describePath(path), name, hint: suggestionWords(name, nodeNames) } };
    report.add(file, 'error', 'unknown-node', words, path);
  };
  /** `what`: the kind of name wanted here (`contact`, `contact-or-group`, `sender`). */
  const chat = (name: string, path: (string | number)[], allowed: string[], what: string): void => {
    if (allowed.includes(name)) return;
    const words = {
      variant: what,
      params: { path: describePath(path), name, hint: suggestionWords(name, allowed) },
    };
    report.add(file, 'error', 'unknown-contact', words, path);
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
      report.add(file, 'error', 'duplicate-name', { params: { group: groupId } }, ['groups', groupId], 'key');
    }
    group.members.forEach((m, i) => chat(m, ['groups', groupId, 'members', i], contactNames, 'contact'));
  }

  const senders = [...contactNames, PLAYER, NARRATOR];
  for (const [id, n] of Object.entries(scenario.nodes)) {
    const at = ['nodes', id];
    if (n.chat !== undefined) chat(n.chat, [...at, 'chat'], chatNames, 'contact-or-group');
    n.messages.forEach((m, i) => {
      chat(m.from, [...at, 'messages', i, 'from'], senders, 'sender');
      if (m.count !== undefined) {
        const path = [...at, 'messages', i, 'count'];
        const declared = has(scenario.variables, m.count) ? scenario.variables[m.count] : undefined;
        if (!declared) {
          const hint = suggestionWords(m.count, Object.keys(scenario.variables));
          const words = { variant: 'count', params: { path: describePath(path), name: m.count, hint } };
          report.add(file, 'error', 'undeclared-variable', words, path);
        } else if (declared.type !== 'number') {
          const holds = phrase(declared.type === 'boolean' ? 'holds-boolean' : 'holds-text');
          const words = { variant: 'count', params: { path: describePath(path), name: m.count, holds } };
          report.add(file, 'error', 'type-error', words, path);
        }
      }
    });
    n.choices.forEach((c, i) => node(c.goto, [...at, 'choices', i, 'goto']));
    if (n.next !== undefined) node(n.next, [...at, 'next']);
    for (const action of PROTECTIVE_ACTIONS)
      outcomeRefs(n.protective?.[action], [...at, 'protective', action]);
  }
}
