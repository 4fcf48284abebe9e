/**
 * Two rules from the project's safeguarding guide (docs/safeguarding.md)
 * that a machine can check:
 * - age: sextortion scenarios are for 13+, so never for the 7-11 band; for
 *   11-14, the player should help a friend rather than be the target;
 * - right words: "sexual abuse images of children", never "child
 *   pornography"; "sexual exploitation", never "child prostitution" (in the
 *   languages we ship; other languages are left to their reviewers).
 */
import { entryText } from '../text.js';
import type { CheckContext } from './context.js';

interface WordRule {
  pattern: RegExp;
  instead: string;
}

/** Phrases to avoid and what to say instead, by language (the part of the tag before "-"). */
const WORD_RULES: Record<string, WordRule[]> = {
  en: [
    { pattern: /child(ren)?'?s? porn\w*/i, instead: 'sexual abuse images of children' },
    { pattern: /child(ren)?'?s? prostitut\w*/i, instead: 'sexual exploitation of children' },
  ],
  es: [
    { pattern: /pornograf[ií]a infantil/i, instead: 'material de abuso sexual infantil' },
    { pattern: /prostituci[oó]n infantil/i, instead: 'explotación sexual infantil' },
  ],
  pt: [
    { pattern: /pornografia infantil/i, instead: 'imagens de abuso sexual de crianças e adolescentes' },
    { pattern: /prostitui[cç][aã]o infantil/i, instead: 'exploração sexual de crianças e adolescentes' },
  ],
};

export function checkSafeguarding(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  if (scenario.topics.includes('sextortion')) {
    const young = scenario.ageBands.indexOf('7-11');
    if (young >= 0) {
      const msg = 'sextortion scenarios are for ages 13 and up; remove the 7-11 age band';
      report.add(file, 'error', 'age-band-topic', msg, ['ageBands', young]);
    }
    if (scenario.ageBands.includes('11-14') && scenario.player.role === 'self') {
      const msg =
        'for 11-14, a sextortion scenario should let the player help a friend instead of being the target; set player: { role: friend-helper }';
      report.add(file, 'warning', 'friend-helper-suggested', msg, ['topics']);
    }
  }

  for (const [lang, table] of Object.entries(ctx.texts)) {
    const tableFile = ctx.textFiles[lang];
    const rules = WORD_RULES[lang.split('-')[0]!] ?? [];
    if (!tableFile || rules.length === 0) continue;
    for (const [id, entry] of Object.entries(table)) {
      const text = entryText(entry);
      const forms = (typeof text === 'string' ? [text] : Object.values(text)).filter(
        (f): f is string => typeof f === 'string',
      );
      for (const rule of rules) {
        const found = forms.map((f) => rule.pattern.exec(f)?.[0]).find((m) => m !== undefined);
        if (found === undefined) continue;
        const msg = `line "${id}" says "${found}"; say "${rule.instead}" instead (see the safeguarding principles)`;
        report.add(tableFile, 'warning', 'wording', msg, [id]);
      }
    }
  }
}
