/**
 * Every finding says the same in each language: the checker runs over every
 * broken fixture (stories and the project's own files) and every finding
 * must carry its words (params), have a template in es, pt-BR and en
 * (assets/locales/<lang>/studio.json), render without a missing value or a
 * `{{` left over, and its English template must give exactly the checker's
 * English message. The English table of the studio is the checker's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectContentFindings } from '../../../src/cli/read-project-content.js';
import { categorisedCodes } from '../../../src/format/check/categories.js';
import { checkScenario } from '../../../src/format/check/index.js';
import { ENGLISH, englishMessage } from '../../../src/format/check/words/english.js';
import {
  findingKey,
  renderTemplate,
  renderWords,
  type FindingParams,
} from '../../../src/format/check/words/render.js';
import {
  checkEffect,
  ExpressionError,
  parseCondition,
  parseEffect,
  typeOf,
} from '../../../src/format/expressions.js';
import type { Finding } from '../../../src/format/load.js';
import { FIXTURES, fixture } from './fixtures.js';

const LANGS = ['es', 'pt-BR', 'en'] as const;
const TABLES = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(`assets/locales/${lang}/studio.json`, 'utf8'))]),
) as Record<(typeof LANGS)[number], Record<string, string>>;
const WORD_KEY = /^finding(-part|-word)?\./;

/**
 * Codes only the pack reader or the command line report, outside the
 * checker's words; `unreadable` is documented but no analysis reports it today.
 */
const WITHOUT_WORDS = new Set(['bad-pack', 'pack-version', 'no-scenario', 'unreadable']);

function corpus(): Finding[] {
  const stories = readdirSync(join(FIXTURES, 'broken')).flatMap((name) =>
    checkScenario(fixture('broken', name)),
  );
  const project = readdirSync(join(FIXTURES, 'project')).flatMap((name) =>
    projectContentFindings(join(FIXTURES, 'project', name), '2026-12-02'),
  );
  return [...stories, ...project];
}

const lookupIn = (table: Record<string, string>) => (key: string) =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** The params with every `{{` a value quotes disguised, so any left in the output came from a template. */
function disguised(params: FindingParams): FindingParams {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v.replaceAll('{{', '‹‹') : v]),
  );
}

describe('the words of every finding', () => {
  const findings = corpus();

  it('covers many codes and variants', () => {
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(50);
  });

  it('every finding carries params, and its English template renders exactly its message', () => {
    for (const f of findings) {
      expect(f.params, `${f.code} has no params`).toBeDefined();
      expect(englishMessage(f.code, { variant: f.variant, params: f.params! }), f.code).toBe(f.message);
    }
  });

  for (const lang of LANGS) {
    it(`every finding reads in ${lang}: a template, every value there, no {{ left`, () => {
      const lookup = lookupIn(TABLES[lang]);
      for (const f of findings) {
        const key = findingKey(f.code, f.variant);
        expect(TABLES[lang][key], `${lang} has no ${key}`).toBeDefined();
        const text = renderWords(f.code, { variant: f.variant, params: disguised(f.params!) }, lookup);
        expect(text, `${lang} ${key} misses a value or a phrase`).toBeDefined();
        expect(text, `${lang} ${key}`).not.toContain('{{');
        expect(
          [...text!].some((c) => c === '\u001e' || c === '\u001f'),
          `${lang} ${key}`,
        ).toBe(false);
      }
    });
  }

  it("the studio's English table is the checker's English, and es and pt-BR have the same keys", () => {
    const words = (table: Record<string, string>) =>
      Object.fromEntries(Object.entries(table).filter(([k]) => WORD_KEY.test(k)));
    expect(words(TABLES.en)).toEqual(ENGLISH);
    for (const lang of ['es', 'pt-BR'] as const) {
      expect(Object.keys(words(TABLES[lang])).sort()).toEqual(Object.keys(ENGLISH).sort());
    }
  });

  it('each template uses the same values in every language', () => {
    const names = (t: string) =>
      [...t.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1]!.replace(/\s/g, '')).sort();
    for (const [key, english] of Object.entries(ENGLISH)) {
      for (const lang of ['es', 'pt-BR'] as const)
        expect(names(TABLES[lang][key]!), `${lang} ${key}`).toEqual(names(english));
    }
  });

  it('every code the checker can report has words', () => {
    for (const code of categorisedCodes()) {
      if (WITHOUT_WORDS.has(code)) continue;
      const prefix = `finding.${code}`;
      expect(
        Object.keys(ENGLISH).some((k) => k === prefix || k.startsWith(`${prefix}.`)),
        `${code} has no template`,
      ).toBe(true);
    }
  });

  it('a value is inserted once, as text: an author’s {{x}} or markup is shown as written', () => {
    const text = renderTemplate(
      'a {{name}} b',
      { name: '{{other}} <b>$t(x)</b>', other: 'NO' },
      () => undefined,
    );
    expect(text).toBe('a {{other}} <b>$t(x)</b> b');
  });
});

describe('expression mistakes', () => {
  const vars = { trust: 'number', told: 'boolean', mood: 'string' } as const;
  const conditions = [
    'trust >',
    '1.2.3 > 0',
    '"open',
    'trust # 1',
    'trust = 1',
    '(trust > 1',
    'trust > 1)',
    ') or told',
    'and told',
    'trust > 1 told',
    'not trust',
    'told and trust',
    'trust == mood',
    'mood < 2',
    'told + 1',
    'zzz',
  ];
  const effects = ['1 = 2', 'trust 1', 'told += 1', 'trust = told', 'zzz = 1'];

  it('each says in words exactly what its English message says', () => {
    const variants = new Set<string>();
    const check = (code: string, run: () => void) => {
      try {
        run();
      } catch (e) {
        if (!(e instanceof ExpressionError)) throw e;
        variants.add(`${code}.${e.variant}`);
        const words = { variant: e.variant, params: { path: 'nodes.a.choices[0].if', ...e.params } };
        expect(englishMessage(code, words), e.message).toBe(`nodes.a.choices[0].if: ${e.message}`);
        for (const lang of LANGS)
          expect(renderWords(code, words, lookupIn(TABLES[lang])), lang).toBeDefined();
      }
    };
    for (const c of conditions) {
      let parsed: ReturnType<typeof parseCondition> | undefined;
      check('expression-syntax', () => (parsed = parseCondition(c)));
      if (parsed) check('type-error', () => typeOf(parsed!, vars));
    }
    for (const source of effects) {
      let parsed: ReturnType<typeof parseEffect> | undefined;
      check('expression-syntax', () => (parsed = parseEffect(source)));
      if (parsed) check('type-error', () => checkEffect(parsed!, vars));
    }
    const templates = Object.keys(ENGLISH).filter((k) =>
      /^finding\.(expression-syntax|type-error)\./.test(k),
    );
    const exercised = [...variants].map((v) => `finding.${v}`);
    // Every expression template except those the checker itself words (count, condition) is met above.
    expect(templates.filter((t) => !exercised.includes(t) && !/\.(count|condition)$/.test(t))).toEqual([]);
  });
});
