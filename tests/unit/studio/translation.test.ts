/**
 * The Translate tab's model (src/studio/model/translation.ts): a story's
 * language read from its files, typing and removing a translation, marking
 * lines reviewed, importing a translator's file and adding a language, each
 * written as the table file's text with the author's comments kept, and a
 * refused file or a table that cannot be read changing nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index';
import { sourceFingerprint } from '../../../src/format/text';
import { exportTranslation, removeTableLines, writeTableLines } from '../../../src/format/translate/index';
import { toSource, withFile, type StoryFiles } from '../../../src/studio/model/story-files';
import {
  EMPTY_TABLE,
  formsOf,
  importInto,
  newLanguageProblem,
  reviewed,
  shownBy,
  sourceLanguageOf,
  translationLanguages,
  translationOf,
  withLanguage,
  withTranslation,
} from '../../../src/studio/model/translation';
import { shipped } from './helpers';

const STORY = 'first-tournament';

function view(story: StoryFiles, lang: string) {
  const v = translationOf(story, lang);
  if (!v.ok) throw new Error(`no view: ${v.problem}`);
  return v;
}

const stateOf = (story: StoryFiles, lang: string, line: string) =>
  view(story, lang).units.find((u) => u.line === line)?.state;

describe('a language of a story, read from its files', () => {
  it('knows the source language and the translations, and every line of a shipped story is done', () => {
    const story = shipped(STORY);
    expect(sourceLanguageOf(story)).toBe('es');
    expect(translationLanguages(story)).toEqual(['en', 'pt-BR']);
    const pt = view(story, 'pt-BR');
    expect(pt.path).toBe('text/pt-BR.yaml');
    expect(pt.units.length).toBeGreaterThan(100);
    expect(pt.units.every((u) => u.state === 'done')).toBe(true);
  });

  it('says why a language cannot be shown instead of failing', () => {
    const story = shipped(STORY);
    expect(translationOf(story, 'es')).toEqual({ ok: false, problem: 'is-source' });
    expect(translationOf(story, 'fr')).toEqual({ ok: false, problem: 'no-table' });
    const broken = withFile(story, 'text/pt-BR.yaml', 'meta.title: [unclosed');
    expect(translationOf(broken, 'pt-BR')).toEqual({ ok: false, problem: 'table-unreadable' });
    const noSource = withFile(story, 'text/es.yaml', 'meta.title: [unclosed');
    expect(translationOf(noSource, 'pt-BR')).toEqual({ ok: false, problem: 'source-unreadable' });
    const noLanguage = withFile(story, 'scenario.yaml', 'id: first-tournament\n');
    expect(translationOf(noLanguage, 'pt-BR')).toEqual({ ok: false, problem: 'no-source-language' });
  });

  it('keeps reading the source language while the rest of scenario.yaml is half-typed', () => {
    const story = shipped(STORY);
    const half = withFile(story, 'scenario.yaml', `${story.files['scenario.yaml']}\nnodes:\n  oops: [`);
    // A broken line further down, or a schema mistake elsewhere, does not matter.
    expect(sourceLanguageOf(half)).toBe('es');
    const quoted = withFile(story, 'scenario.yaml', "id: x\nsourceLanguage: 'pt-BR' # the source\n");
    expect(sourceLanguageOf(quoted)).toBe('pt-BR');
    const nested = withFile(story, 'scenario.yaml', 'meta:\n  sourceLanguage: es\n');
    expect(sourceLanguageOf(nested)).toBeUndefined();
    const wrong = withFile(story, 'scenario.yaml', `${story.files['scenario.yaml']}\nunknownField: 1\n`);
    expect(sourceLanguageOf(wrong)).toBe('es');
  });

  it('filters lines: to do is everything not done', () => {
    expect(['missing', 'new', 'stale', 'done'].map((s) => shownBy('todo', s as never))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(shownBy('done', 'done')).toBe(true);
    expect(shownBy('all', 'stale')).toBe(true);
  });
});

describe('typing a translation', () => {
  it('writes the line in place, keeps the comments and the fingerprint of a reviewed line', () => {
    const story = shipped(STORY);
    const pt = view(story, 'pt-BR');
    const before = story.files['text/pt-BR.yaml']!;
    const text = withTranslation(before, pt.language.target!, 'meta.title', { '': 'Meu torneio' }, false);
    expect(text).toContain('# --- Título e resumo ---');
    expect(text).toContain("meta.title:\n  text: 'Meu torneio'\n  source: '38a058eb'");
    const after = withFile(story, 'text/pt-BR.yaml', text);
    // The translation changed, not the source it was reviewed against: still done.
    expect(stateOf(after, 'pt-BR', 'meta.title')).toBe('done');
    expect(text.split('\n').length).toBe(before.split('\n').length);
  });

  it('a line typed for the first time is new; emptied, it is missing again and the table is still valid', () => {
    const story = withLanguage(shipped(STORY), 'fr');
    const fr = view(story, 'fr');
    expect(fr.units.every((u) => u.state === 'missing')).toBe(true);
    const typed = withTranslation(EMPTY_TABLE, {}, 'meta.title', { '': 'Mon premier tournoi' }, false);
    const withLine = withFile(story, 'text/fr.yaml', typed);
    expect(stateOf(withLine, 'fr', 'meta.title')).toBe('new');
    const emptied = withTranslation(
      typed,
      view(withLine, 'fr').language.target!,
      'meta.title',
      { '': '' },
      false,
    );
    expect(stateOf(withFile(story, 'text/fr.yaml', emptied), 'fr', 'meta.title')).toBe('missing');
    expect(emptied).toContain('$schema');
  });

  it('writes plural forms as one line, with every form the language needs', () => {
    const story = withLanguage(shipped(STORY), 'fr');
    const fr = view(story, 'fr');
    const plural = fr.units.find((u) => u.form !== undefined)!;
    expect(formsOf(fr.units, plural.line)).toEqual({ one: '', many: '', other: '' });
    const text = withTranslation(EMPTY_TABLE, {}, plural.line, { one: 'un', many: '', other: 'des' }, true);
    const after = view(withFile(story, 'text/fr.yaml', text), 'fr');
    expect(formsOf(after.units, plural.line)).toEqual({ one: 'un', many: '', other: 'des' });
  });
});

describe('writing a table back', () => {
  it('leaves every shipped table byte for byte as it was when nothing changes (no rewrapped sentences)', () => {
    for (const id of [STORY, 'the-password']) {
      const story = shipped(id);
      for (const lang of translationLanguages(story)) {
        const text = story.files[`text/${lang}.yaml`]!;
        expect(writeTableLines(text, {}), `${id} ${lang}`).toBe(text);
      }
    }
  });

  it('moves the comment heading a removed line onto the next line', () => {
    const table = "# head\n\n# section\na: 'x'\nb: 'y'\n";
    expect(removeTableLines(table, ['a'])).toBe("# head\n\n# section\nb: 'y'\n");
  });
});

describe('marking reviewed', () => {
  it('turns a stale line done with the fingerprint scenarios:review writes', () => {
    const story = shipped(STORY);
    const es = story.files['text/es.yaml']!;
    const changed = withFile(story, 'text/es.yaml', es.replace("'Mi primer torneo'", "'Mi gran torneo'"));
    expect(stateOf(changed, 'pt-BR', 'meta.title')).toBe('stale');
    const { story: after, marked } = reviewed(changed, view(changed, 'pt-BR'), ['meta.title']);
    expect(marked).toEqual(['meta.title']);
    expect(stateOf(after, 'pt-BR', 'meta.title')).toBe('done');
    expect(after.files['text/pt-BR.yaml']).toContain(`source: '${sourceFingerprint('Mi gran torneo')}'`);
  });

  it('marks nothing (and changes nothing) for a line not translated yet', () => {
    const story = withLanguage(shipped(STORY), 'fr');
    const result = reviewed(story, view(story, 'fr'), ['meta.title']);
    expect(result.marked).toEqual([]);
    expect(result.story).toBe(story);
  });
});

describe('importing a translator file', () => {
  it('writes the edited line, and a line whose source changed since the export comes back stale', () => {
    const story = shipped(STORY);
    const exported = exportTranslation('po', view(story, 'pt-BR').language);
    const edited = exported.replace('msgstr "Meu primeiro torneio"', 'msgstr "Meu grande torneio"');
    expect(edited).not.toBe(exported);
    const es = story.files['text/es.yaml']!;
    const changed = withFile(story, 'text/es.yaml', es.replace("'Mi primer torneo'", "'Mi gran torneo'"));
    const { story: after, result } = importInto(changed, view(changed, 'pt-BR'), 'po', edited);
    expect(result.written).toEqual(['meta.title']);
    expect(result.staleSinceExport).toEqual(['meta.title']);
    expect(stateOf(after, 'pt-BR', 'meta.title')).toBe('stale');
    expect(formsOf(view(after, 'pt-BR').units, 'meta.title')).toEqual({ '': 'Meu grande torneio' });
    expect(after.files['text/pt-BR.yaml']).toContain('# --- Título e resumo ---');
    // The checker agrees: that line is stale, in pt-BR and in en (whose table was not touched).
    expect(checkScenario(toSource(after)).map((f) => `${f.file} ${f.code}`)).toEqual([
      `${STORY}/text/en.yaml stale-translation`,
      `${STORY}/text/pt-BR.yaml stale-translation`,
    ]);
  });

  it('refuses a malformed file and returns the very same story', () => {
    const story = shipped(STORY);
    const outcome = importInto(story, view(story, 'pt-BR'), 'xliff', '<xliff version="2.0"><file');
    expect(outcome.result.table).toBeUndefined();
    expect(outcome.result.problems.length).toBeGreaterThan(0);
    expect(outcome.story).toBe(story);
  });
});

describe('adding a language', () => {
  it('accepts a language tag the checker accepts, once, and not the source language', () => {
    const story = shipped(STORY);
    expect(newLanguageProblem(story, 'fr')).toBeUndefined();
    expect(newLanguageProblem(story, 'es-AR')).toBeUndefined();
    expect(newLanguageProblem(story, 'French')).toBe('bad-tag');
    expect(newLanguageProblem(story, '../x')).toBe('bad-tag');
    expect(newLanguageProblem(story, 'pt-br')).toBe('exists');
    expect(newLanguageProblem(story, 'es')).toBe('is-source');
  });

  it('makes an empty table the checker reads, with every line missing', () => {
    const story = withLanguage(shipped(STORY), 'fr');
    expect(story.files['text/fr.yaml']).toBe(EMPTY_TABLE);
    const codes = new Set(checkScenario(toSource(story)).map((f) => f.code));
    expect([...codes]).toEqual(['missing-translation']);
  });
});
