/**
 * How much of each language is really there, UI tables included: for the
 * game's own tables (assets/locales/<lang>/<ns>.json) against English, which
 * keys a language has, which it inherits from its base language (es-AR from
 * es), which are missing (shown in English), and which are word for word the
 * English text where the other languages say something else: a table copied
 * from English and never translated. The checker warns about such a table
 * (`locale-copy`); `npm run scenarios:coverage` prints the whole report.
 */
export type LocaleTables = Record<string, Record<string, Record<string, unknown>>>;

export interface UiCoverage {
  lang: string;
  /** Keys in the reference language's tables. */
  keys: number;
  /** Keys this language's own tables have. */
  own: number;
  /** Keys it lacks that its base language has (a regional variant). */
  inherited: number;
  /** `ns:key` shown in the reference language. */
  missing: string[];
  /** `ns:key` whose text is the reference text word for word, where other languages differ. */
  sameAsReference: string[];
}

/** A table with at least this share of its comparable texts equal to English is a copy. */
export const COPY_SHARE = 0.5;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A nested table (`{ "a": { "b": "text" } }`) as `{ "a.b": "text" }`, as i18next reads keys. */
function flat(table: Record<string, unknown> | undefined, prefix = '', out: Record<string, unknown> = {}) {
  for (const [key, value] of Object.entries(table ?? {})) {
    if (value && typeof value === 'object' && !Array.isArray(value))
      flat(value as Record<string, unknown>, `${prefix}${key}.`, out);
    else out[`${prefix}${key}`] = value;
  }
  return out;
}

function flatTables(tables: LocaleTables): LocaleTables {
  const out: LocaleTables = {};
  for (const [lang, byNs] of Object.entries(tables)) {
    out[lang] = {};
    for (const [ns, table] of Object.entries(byNs)) out[lang][ns] = flat(table);
  }
  return out;
}

/** Keys whose text is the same in every language that has them (names, "OK", emoji): nothing to translate. */
function neutralKeys(tables: LocaleTables, reference: string, ns: string): Set<string> {
  const ref = tables[reference]?.[ns] ?? {};
  const others = Object.keys(tables).filter((l) => l !== reference && !l.includes('-'));
  const neutral = new Set<string>();
  for (const [key, value] of Object.entries(ref)) {
    const elsewhere = others.map((l) => text(tables[l]?.[ns]?.[key])).filter((v) => v !== undefined);
    if (elsewhere.length > 0 && elsewhere.every((v) => v === value)) neutral.add(key);
  }
  return neutral;
}

export function uiCoverage(nested: LocaleTables, reference = 'en'): UiCoverage[] {
  const tables = flatTables(nested);
  const ref = tables[reference] ?? {};
  const out: UiCoverage[] = [];
  for (const lang of Object.keys(tables).sort()) {
    if (lang === reference) continue;
    const base = lang.split('-')[0]!;
    const baseTables = base !== lang ? tables[base] : undefined;
    const coverage: UiCoverage = { lang, keys: 0, own: 0, inherited: 0, missing: [], sameAsReference: [] };
    for (const [ns, refTable] of Object.entries(ref)) {
      const neutral = neutralKeys(tables, reference, ns);
      for (const [key, refText] of Object.entries(refTable)) {
        coverage.keys += 1;
        const mine = text(tables[lang]?.[ns]?.[key]);
        if (mine === undefined) {
          if (text(baseTables?.[ns]?.[key]) !== undefined) coverage.inherited += 1;
          else coverage.missing.push(`${ns}:${key}`);
          continue;
        }
        coverage.own += 1;
        if (mine === refText && !neutral.has(key)) coverage.sameAsReference.push(`${ns}:${key}`);
      }
    }
    out.push(coverage);
  }
  return out;
}

/** Per table (language and namespace): its texts equal to the reference's, of those that could differ. */
export function copiedTables(
  nested: LocaleTables,
  reference = 'en',
): { lang: string; ns: string; same: string[]; comparable: number }[] {
  const tables = flatTables(nested);
  const out = [];
  for (const [lang, byNs] of Object.entries(tables)) {
    if (lang === reference) continue;
    for (const [ns, table] of Object.entries(byNs)) {
      const ref = tables[reference]?.[ns] ?? {};
      const neutral = neutralKeys(tables, reference, ns);
      const comparable = Object.keys(table).filter((k) => text(ref[k]) !== undefined && !neutral.has(k));
      const same = comparable.filter((k) => table[k] === ref[k]);
      if (comparable.length > 0 && same.length >= Math.max(2, comparable.length * COPY_SHARE))
        out.push({ lang, ns, same, comparable: comparable.length });
    }
  }
  return out;
}
