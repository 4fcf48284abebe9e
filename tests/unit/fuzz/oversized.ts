/**
 * A 50 MB file of each kind the app reads, and the reader the app hands it
 * to. Each is refused from its length (or, where the app has a File, its
 * size) before any parsing. Used by oversized.test.ts (that they are
 * refused, with which reason) and `npm run bench:fuzz` (how long it takes).
 */
import { acceptPack } from '../../../src/format/pack/accept.js';
import { importTranslation, type LanguageOfStory } from '../../../src/format/translate/index.js';
import { createMemoryStore } from '../../../src/store/index.js';
import { decodeHandIn } from '../../../src/teacher/handin/index.js';

export const FIFTY_MB = 50 * 1024 * 1024;

/** Valid-looking up to the point a reader would start to parse, then filler to 50 MB. */
const fill = (head: string, tail = '', filler = ' ') =>
  head + filler.repeat(FIFTY_MB - head.length - tail.length) + tail;

const story: LanguageOfStory = {
  story: 'demo',
  sourceLanguage: 'es',
  language: 'en',
  source: { hello: 'Hola' },
  target: {},
};

export interface OversizedFile {
  kind: string;
  make(): string;
  /** The reader's answer: the refusal reason, or what it said. */
  read(text: string): Promise<string>;
}

export const FIFTY_MB_FILES: readonly OversizedFile[] = [
  {
    kind: 'backup',
    make: () => fill('{"format":"escudo-backup","version":1,"data":{"profiles":[', ']}}'),
    async read(text) {
      const result = await createMemoryStore().importBackup(text);
      return result.ok ? 'imported' : result.reason;
    },
  },
  {
    kind: 'hand-in file',
    make: () => fill('{"format":"escudo-handin","version":1,"handIn":{', '}}'),
    async read(text) {
      const result = await decodeHandIn(text);
      return result.ok ? 'imported' : result.reason;
    },
  },
  {
    kind: 'hand-in compact text',
    make: () => fill('escudo-handin.v1.', '', 'A'),
    async read(text) {
      const result = await decodeHandIn(text);
      return result.ok ? 'imported' : result.reason;
    },
  },
  {
    kind: 'story pack',
    make: () => fill('{"format":"escudo-pack","version":5,', '}'),
    async read(text) {
      const verdict = acceptPack(text, new Set());
      return verdict.ok ? 'accepted' : verdict.reason;
    },
  },
  {
    kind: 'translation (XLIFF)',
    make: () => fill('<?xml version="1.0"?><xliff version="2.0">', '</xliff>'),
    read: async (text) => importTranslation('xliff', text, story).problems[0] ?? 'imported',
  },
  {
    kind: 'translation (PO)',
    make: () => fill('msgid ""\nmsgstr ""\n"Language: en\\n"\n'),
    read: async (text) => importTranslation('po', text, story).problems[0] ?? 'imported',
  },
];
