import { describe, expect, it } from 'vitest';
import { fallbackChain } from '../../../src/i18n/chain';
import { flatten } from '../../../src/i18n/flatten';
import { matchLanguage } from '../../../src/boot/language';

const AVAILABLE = ['en', 'es', 'pt-BR'];

describe('locale fallback chain', () => {
  it('goes es-EC → es → en', () => {
    expect(fallbackChain('es-EC', AVAILABLE)).toEqual(['es', 'en']);
  });
  it('sends another Portuguese to pt-BR before English', () => {
    expect(fallbackChain('pt-PT', AVAILABLE)).toEqual(['pt-BR', 'en']);
  });
  it('sends pt-BR straight to English', () => {
    expect(fallbackChain('pt-BR', AVAILABLE)).toEqual(['en']);
  });
  it('ends English with nothing', () => {
    expect(fallbackChain('en', AVAILABLE)).toEqual([]);
  });
  it('picks up a language an NGO adds as data', () => {
    expect(fallbackChain('gn-PY', [...AVAILABLE, 'gn'])).toEqual(['gn', 'en']);
  });
});

describe('matching the browser language', () => {
  it('finds the exact tag first', () => {
    expect(matchLanguage(['pt-BR', 'en'], AVAILABLE)).toBe('pt-BR');
  });
  it('maps a regional Spanish to es', () => {
    expect(matchLanguage(['es-EC'], AVAILABLE)).toBe('es');
  });
  it('maps pt-PT to the Portuguese we have', () => {
    expect(matchLanguage(['pt-PT'], AVAILABLE)).toBe('pt-BR');
  });
  it('skips languages we do not have', () => {
    expect(matchLanguage(['fr-FR', 'es'], AVAILABLE)).toBe('es');
  });
  it('falls back to English', () => {
    expect(matchLanguage(['de'], AVAILABLE)).toBe('en');
  });
});

describe('flattening nested locale tables', () => {
  it('joins nested keys with dots and keeps strings only', () => {
    expect(flatten({ flattery: { name: 'Too many compliments', n: 3 }, 'a.b': 'x' })).toEqual({
      'flattery.name': 'Too many compliments',
      'a.b': 'x',
    });
  });
  it('ignores prototype keys', () => {
    const out = flatten(JSON.parse('{"__proto__": {"polluted": "yes"}, "ok": "1"}'));
    expect(out).toEqual({ ok: '1' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
