/**
 * Which way a language is written, for `<html dir>`: the game's layout uses
 * flex and logical properties, so right-to-left languages (Arabic, Hebrew,
 * Persian, Urdu…) mirror by themselves, chat bubbles included. Asked of the
 * browser when it can tell (`Intl.Locale` text info), else of the script or
 * language subtag, so a language added as data needs no code change.
 */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);
const RTL_LANGUAGES = new Set([
  'ar',
  'he',
  'iw',
  'fa',
  'ur',
  'ps',
  'sd',
  'ug',
  'yi',
  'dv',
  'ckb',
  'arc',
  'syr',
]);

interface TextInfoLocale {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
}

export function textDirection(lang: string): 'rtl' | 'ltr' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & TextInfoLocale;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  } catch {
    // Not a valid tag: read its subtags below.
  }
  const parts = lang.toLowerCase().split(/[-_]/);
  if (parts.slice(1).some((p) => p.length === 4 && RTL_SCRIPTS.has(p))) return 'rtl';
  return RTL_LANGUAGES.has(parts[0] ?? '') ? 'rtl' : 'ltr';
}

/** Sets the page's language and writing direction together. */
export function setDocumentLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = textDirection(lang);
}
