/**
 * The words the safeguarding guide (docs/safeguarding.md) rules out, and the
 * phrasings that blame a child, per language (the part of the tag before
 * "-"; other languages are left to their reviewers).
 *
 * Matching is done on a folded copy of the text: lower case, accents
 * dropped, hyphens and underscores read as spaces, runs of spaces as one.
 * So "Pornografia-Infantil", "pornografía  infantil" and "pornografia
 * infantil" are the same phrase, and the patterns below are written once,
 * without accents. What a finding quotes is always the author's own text.
 */

export interface TermRule {
  pattern: RegExp;
  /** What to write instead (the Luxembourg Terminology Guidelines' term). */
  instead: string;
}

/** Word boundary on folded text (letters are a-z and digits once accents are gone). */
const B = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';

function rule(source: string, instead: string): TermRule {
  return { pattern: new RegExp(`${B}(?:${source})${E}`), instead };
}

const CSAM_EN = 'child sexual abuse material';
const EXPLOITATION_EN = 'sexual exploitation of children';
const TOURISM_EN = 'sexual exploitation of children in travel and tourism';
const CSAM_ES = 'material de abuso sexual infantil';
const EXPLOITATION_ES = 'explotación sexual de niñas, niños y adolescentes';
const TOURISM_ES = 'explotación sexual de niñas, niños y adolescentes en viajes y turismo';
const CSAM_PT = 'imagens de abuso sexual de crianças e adolescentes';
const EXPLOITATION_PT = 'exploração sexual de crianças e adolescentes';
const TOURISM_PT = 'exploração sexual de crianças e adolescentes no contexto de viagens e turismo';

/** Phrases to avoid and what to say instead, by language. */
export const TERM_RULES: Readonly<Record<string, readonly TermRule[]>> = {
  en: [
    rule("(?:child(?:ren)?(?:'s|s')?|kiddie|underage|juvenile) porn\\w*", CSAM_EN),
    rule("(?:child(?:ren)?(?:'s|s')?|underage|juvenile|teen(?:age)?) prostitut\\w*", EXPLOITATION_EN),
    rule('prostitut\\w* (?:of )?(?:children|minors|a child|a minor)', EXPLOITATION_EN),
    rule('child(?:ren)? sex touris\\w*|sex touris\\w* (?:involving |with )?(?:children|minors)', TOURISM_EN),
  ],
  es: [
    rule(
      'pornografias? (?:infantil(?:es)?|infanto ?juvenil(?:es)?|de (?:menores|ninos|ninas|ninas y ninos|ninos y ninas|adolescentes))',
      CSAM_ES,
    ),
    rule(
      'prostitucion (?:infantil|infanto ?juvenil|adolescente|de (?:menores|ninos|ninas|ninas y ninos|ninos y ninas|adolescentes))',
      EXPLOITATION_ES,
    ),
    rule(
      'turismo sexual (?:infantil|de menores|con (?:menores|ninos|ninas|ninas y ninos|ninos y ninas|adolescentes))',
      TOURISM_ES,
    ),
  ],
  pt: [
    rule(
      'pornografias? (?:infantil|infantis|infanto ?juvenil|infanto ?juvenis|de (?:menores|criancas|adolescentes))',
      CSAM_PT,
    ),
    rule('prostituicao (?:infantil|infanto ?juvenil|de (?:menores|criancas|adolescentes))', EXPLOITATION_PT),
    rule(
      'turismo sexual (?:infantil|de menores|com (?:menores|criancas|adolescentes)|envolvendo (?:menores|criancas|adolescentes))',
      TOURISM_PT,
    ),
  ],
};

/**
 * Phrasings that put the blame on the child (or on a character who was
 * targeted): "it was your fault", "you should have known", "why did you…",
 * "next time, don't…". Negated forms ("it wasn't your fault", "no es tu
 * culpa", "a culpa não é sua") do not match. Where these are checked is
 * decided by the caller (see content-lint.ts): never in a stranger's
 * messages, where a guilt trip is the warning sign being taught.
 */
export const BLAME_RULES: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /(?<![a-z0-9])(?:it|this|that|all this|all that)(?:'s| is| was)(?: all| really)? your(?: own)? fault/,
    /(?<![a-z0-9])you(?:'re| are| were)(?: the one)? to blame/,
    /(?<![a-z0-9])you (?:should|shouldn't|should not|ought to|could) have (?:known|seen|thought|told|asked|said|been|done|noticed|realised|realized|listened|stopped|blocked)/,
    /(?<![a-z0-9])why (?:did|didn't|did not|would|were) you/,
    /(?<![a-z0-9])how could you/,
    /(?<![a-z0-9])what were you thinking/,
    /(?<![a-z0-9])you (?:asked for it|brought (?:it|this) on yourself)/,
    /(?<![a-z0-9])next time,? (?:don't|do not|try|be|remember|think|look|use|make sure)/,
  ],
  es: [
    /(?<![a-z0-9])(?<!no )(?<!nunca )(?:fue|es|era|sera)(?: toda| solo)? tu culpa/,
    /(?<![a-z0-9])la culpa (?:es|fue|era) (?:tuya|de ti)/,
    /(?<![a-z0-9])(?<!no )(?<!nunca )tienes (?:toda )?la culpa/,
    /(?<![a-z0-9])(?:deberias|debias|tendrias que|tenias que) haber/,
    /(?<![a-z0-9])(?:no )?debiste/,
    /(?<![a-z0-9])por que (?:no )?(?:(?:me|te|le|les|lo|la|los|las|se|nos) )*[a-z]+(?:aste|iste)(?![a-z0-9])/,
    /(?<![a-z0-9])como pudiste/,
    /(?<![a-z0-9])en que estabas pensando/,
    /(?<![a-z0-9])te lo buscaste/,
    /(?<![a-z0-9])la proxima vez,? (?:no |intenta|trata|fijate|ten |piensa|busca|usa|recuerda)/,
  ],
  pt: [
    /(?<![a-z0-9])(?<!nao )(?<!nunca )(?:foi|e|era|sera)(?: toda| so)? (?:culpa sua|culpa tua|sua culpa|tua culpa)/,
    /(?<![a-z0-9])a culpa (?:e|foi|era) (?:sua|tua|de voce|de vc)/,
    /(?<![a-z0-9])(?:voce|vc|tu) (?:devia|deveria|devias|deverias) ter/,
    /(?<![a-z0-9])(?:devias|deverias) ter/,
    /(?<![a-z0-9])(?:por que|porque|pq) (?:(?:voce|vc|tu) )(?:nao )?(?:(?:me|te|lhe|o|a|se) )?[a-z]+(?:ou|eu|iu|aste|este|iste)(?![a-z0-9])/,
    /(?<![a-z0-9])onde (?:voce|vc) estava com a cabeca/,
    /(?<![a-z0-9])(?:da|na) proxima vez,? (?:nao |tente|procure|preste|lembre|pense|use)/,
  ],
};

/** The rules' language key for a language tag: `pt-BR` → `pt`. */
export function ruleLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

const MARKS = /\p{M}/gu;
const SEPARATORS = /[\s\-‐‑–—_]+/gu;

/**
 * The folded copy, quickly: no record of where each character came from.
 * Nearly every text matches no rule, so this is all most texts ever need.
 */
function quickFold(original: string): string {
  // Plain ASCII has no accents to drop: skip the costly normalisation.
  const base = !/[^ -~\s]/.test(original) ? original : original.normalize('NFD').replace(MARKS, '');
  return base.toLowerCase().replace(SEPARATORS, ' ').replace(/’/g, "'");
}

/** The last text folded, so the term and blame checks of one text fold it once. */
let lastFolded: { original: string; quick: string } | undefined;
function foldedOnce(original: string): string {
  if (lastFolded?.original !== original) lastFolded = { original, quick: quickFold(original) };
  return lastFolded.quick;
}

interface Folded {
  text: string;
  /** For each UTF-16 offset of `text`, the offset in the original. */
  origin: number[];
}

/**
 * The same folded copy, remembering where each character came from so a
 * match can be quoted from the original text (only for texts that match).
 */
function foldWithOrigins(original: string): Folded {
  let text = '';
  const origin: number[] = [];
  let lastSpace = false;
  let at = 0;
  for (const char of original) {
    let base = char.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (/^[\s\-‐‑–—_]$/u.test(char)) base = ' ';
    if (base === ' ' && lastSpace) {
      at += char.length;
      continue;
    }
    if (base === '’') base = "'";
    for (let i = 0; i < base.length; i++) origin.push(at);
    text += base;
    lastSpace = base === ' ';
    at += char.length;
  }
  origin.push(at);
  return { text, origin };
}

function quote(original: string, folded: Folded, pattern: RegExp): string | undefined {
  const m = pattern.exec(folded.text);
  if (!m) return undefined;
  return original.slice(folded.origin[m.index], folded.origin[m.index + m[0].length]).trim();
}

/** One pattern that matches where any of the rules does, built once per list: the common "no" costs one test. */
const anyOf = new WeakMap<readonly unknown[], RegExp>();
function combined<T>(rules: readonly T[], pattern: (rule: T) => RegExp): RegExp {
  let re = anyOf.get(rules);
  if (!re) {
    re = new RegExp(rules.map((r) => `(?:${pattern(r).source})`).join('|'));
    anyOf.set(rules, re);
  }
  return re;
}

/** Each rule's pattern tried on the quick fold; only a match pays for quoting. */
function matching<T>(text: string, rules: readonly T[], pattern: (rule: T) => RegExp): [T, string][] {
  if (rules.length === 0) return [];
  const quick = foldedOnce(text);
  if (!combined(rules, pattern).test(quick)) return [];
  const hits = rules.filter((r) => pattern(r).test(quick));
  if (hits.length === 0) return [];
  const folded = foldWithOrigins(text);
  return hits.flatMap((r) => {
    const found = quote(text, folded, pattern(r));
    return found === undefined ? [] : [[r, found] as [T, string]];
  });
}

/** Forbidden terms in a text: what it says and what to say instead. */
export function forbiddenTerms(text: string, lang: string): { found: string; instead: string }[] {
  const rules = TERM_RULES[ruleLanguage(lang)] ?? [];
  return matching(text, rules, (r) => r.pattern).map(([r, found]) => ({ found, instead: r.instead }));
}

/** Blaming phrasings in a text, quoted as written. */
export function blamingPhrases(text: string, lang: string): string[] {
  const rules = BLAME_RULES[ruleLanguage(lang)] ?? [];
  return matching(text, rules, (r) => r).map(([, found]) => found);
}
