/**
 * Reading a hand-in on the teacher's device: untrusted input (a file from a
 * shared folder, a QR code anyone could show), so this never throws and
 * checks, in order: size, what kind of thing it is, the version, that it is
 * whole, the checksum, and every field — before anything is stored. Each
 * way of failing has its own reason, which the teacher's screens translate.
 *
 * It accepts the file (JSON), the compact form (`escudo-handin.v1.…`, what
 * the QR collector assembles) and a single-code QR frame (`ESC1:1/1:…`).
 */
import { describeIssue } from '../../store/records.js';
import { fromBase64Url } from './base64url.js';
import { checksumOfCanonical, handInChecksum } from './checksum.js';
import { inflate } from './compress.js';
import {
  COMPACT_PREFIX,
  HANDIN_FORMAT,
  HANDIN_MAX_ATTEMPTS,
  HANDIN_MAX_COMPACT_CHARS,
  HANDIN_MAX_DEPTH,
  HANDIN_MAX_FILE_CHARS,
  HANDIN_MAX_INFLATED_BYTES,
  HANDIN_VERSION,
  HandInSchema,
  MIN_HANDIN_VERSION,
  type HandIn,
  type HandInRejection,
} from './format.js';
import { parseFrame } from './qr-frames.js';
import { collectKeys, parseUntrustedJson } from './untrusted-json.js';

export type HandInForm = 'file' | 'compact';

export type DecodedHandIn =
  | { ok: true; handIn: HandIn; sha256: string; version: number; form: HandInForm }
  | {
      ok: false;
      reason: HandInRejection;
      /** For logs and tests, in English; the screens show a translated message for `reason`. */
      detail: string;
      /** With `wrong-version`: the version found, and whether it is newer than this game reads. */
      version?: number;
      newer?: boolean;
    };

type Problem = Extract<DecodedHandIn, { ok: false }>;

function reject(reason: HandInRejection, detail: string): Problem {
  return { ok: false, reason, detail };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function versionProblem(version: number): Problem | null {
  if (version >= MIN_HANDIN_VERSION && version <= HANDIN_VERSION) return null;
  const newer = version > HANDIN_VERSION;
  return {
    ok: false,
    reason: 'wrong-version',
    detail: `hand-in version ${version}; this game reads versions ${MIN_HANDIN_VERSION} to ${HANDIN_VERSION}`,
    version,
    newer,
  };
}

/** Text from a file's bytes; a file that is not UTF-8 text is not a hand-in. */
function asText(input: unknown): string | Problem {
  if (typeof input === 'string') return input;
  const bytes =
    input instanceof Uint8Array ? input : input instanceof ArrayBuffer ? new Uint8Array(input) : null;
  if (!bytes) return reject('not-escudo', 'not text');
  // UTF-8 takes up to 4 bytes a character: more bytes than that cannot fit the limit.
  if (bytes.length > HANDIN_MAX_FILE_CHARS * 4) return reject('too-large', `${bytes.length} bytes`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return reject('not-escudo', 'not UTF-8 text');
  }
}

/** Reads a hand-in file, compact payload or single QR frame. Never throws. */
export async function decodeHandIn(input: unknown): Promise<DecodedHandIn> {
  try {
    const raw = asText(input);
    if (typeof raw !== 'string') return raw;
    if (raw.length > HANDIN_MAX_FILE_CHARS) {
      return reject('too-large', `${raw.length} characters; the limit is ${HANDIN_MAX_FILE_CHARS}`);
    }
    // A byte order mark and surrounding white space come from editors and share sheets.
    const text = raw.replace(/^\uFEFF/, '').trim();
    if (text.length === 0) return reject('not-escudo', 'empty');
    if (text.startsWith('{')) return await readFile(text, 'file');
    if (text.startsWith(COMPACT_PREFIX)) return await readCompact(text);
    if (/^ESC\d+:/.test(text)) {
      const frame = parseFrame(text);
      if (!frame.ok) {
        if (frame.reason === 'wrong-version') {
          return { ...reject('wrong-version', 'a QR code of another version'), newer: frame.newer ?? true };
        }
        return reject(frame.reason, 'not a readable Escudo QR code');
      }
      if (frame.total > 1) {
        return reject('truncated', `one QR code of a sequence of ${frame.total}; scan them all`);
      }
      return await readCompact(frame.chunk);
    }
    return reject('not-escudo', 'not an Escudo hand-in');
  } catch (error) {
    // Last line of defence: the promise is "never throws".
    return reject('malformed', error instanceof Error ? error.message : String(error));
  }
}

async function readCompact(text: string): Promise<DecodedHandIn> {
  if (text.length > HANDIN_MAX_COMPACT_CHARS) {
    return reject('too-large', `${text.length} characters; the limit is ${HANDIN_MAX_COMPACT_CHARS}`);
  }
  if (!text.startsWith(COMPACT_PREFIX)) return reject('not-escudo', 'not an Escudo hand-in');
  const head = /^escudo-handin\.v(\d{1,9})\./.exec(text);
  if (!head) {
    return text.length <= COMPACT_PREFIX.length + 1
      ? reject('truncated', 'the code stops after its name')
      : reject('malformed', 'the code has no version number');
  }
  const version = Number(head[1]);
  // Checked before decoding: another version may pack its data differently.
  const wrongVersion = versionProblem(version);
  if (wrongVersion) return wrongVersion;
  const decoded = fromBase64Url(text.slice(head[0].length));
  if (!decoded.ok) {
    return decoded.problem === 'bad-length'
      ? reject('truncated', 'the code is cut short')
      : reject('malformed', 'the code holds characters a hand-in never has');
  }
  const inflated = inflate(decoded.bytes, HANDIN_MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    if (inflated.problem === 'truncated') return reject('truncated', 'the code is cut short');
    if (inflated.problem === 'too-large') return reject('too-large', 'it unpacks to more than any hand-in');
    return reject('tampered', 'the packed data is damaged');
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return reject('tampered', 'the packed data is damaged');
  }
  const result = await readFile(json, 'compact');
  // The code's name was right, so what is inside is a broken hand-in, not some other file.
  if (!result.ok && ['not-escudo', 'other-escudo-file', 'truncated'].includes(result.reason)) {
    return reject('malformed', result.detail);
  }
  if (result.ok && result.version !== version) {
    return reject('malformed', `the code says version ${version} but holds version ${result.version}`);
  }
  return result;
}

/**
 * The text of the `handIn` value in a file laid out as `encodeHandIn` writes
 * it (format, version, sha256, then handIn last), or null for any other
 * layout. Only used to hash; what is validated is the parsed value.
 */
const HEAD =
  /^\{\s*"format"\s*:\s*"escudo-handin"\s*,\s*"version"\s*:\s*\d+\s*,\s*"sha256"\s*:\s*"[0-9a-fA-F]{64}"\s*,\s*"handIn"\s*:\s*/;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function handInText(text: string): string | null {
  const head = HEAD.exec(text);
  if (!head) return null;
  // Back from the end over white space, the object's closing brace, and white space again.
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) !== 0x7d) return null;
  end--;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end > head[0].length ? text.slice(head[0].length, end) : null;
}

async function readFile(text: string, form: HandInForm): Promise<DecodedHandIn> {
  const guarded = parseUntrustedJson(text, { maxChars: HANDIN_MAX_FILE_CHARS, maxDepth: HANDIN_MAX_DEPTH });
  if (!guarded.ok) {
    switch (guarded.failure) {
      case 'too-large':
        return reject('too-large', guarded.detail);
      case 'not-json':
        // A text that starts like a hand-in but does not parse was cut short (a failed copy).
        return text.includes(`"${HANDIN_FORMAT}"`)
          ? reject('truncated', guarded.detail)
          : reject('not-escudo', guarded.detail);
      default:
        return reject('malformed', guarded.detail);
    }
  }
  const file = guarded.value;
  if (!isRecord(file)) return reject('not-escudo', 'not a JSON object');
  if (file.format !== HANDIN_FORMAT) {
    return typeof file.format === 'string' && file.format.startsWith('escudo-')
      ? reject('other-escudo-file', `an Escudo file of another kind ("${file.format.slice(0, 40)}")`)
      : reject('not-escudo', 'not an Escudo hand-in');
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return reject('malformed', 'the file has no version number');
  }
  const wrongVersion = versionProblem(version);
  if (wrongVersion) return wrongVersion;
  const extra = Object.keys(file).find((k) => !['format', 'version', 'sha256', 'handIn'].includes(k));
  if (extra !== undefined) return reject('malformed', `"${extra.slice(0, 40)}" is not part of a hand-in`);
  if (typeof file.sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(file.sha256)) {
    return reject('malformed', 'the file has no checksum');
  }
  if (!isRecord(file.handIn)) return reject('malformed', 'the file holds no hand-in');
  const sha256 = file.sha256.toLowerCase();
  // The text as written first (the writer's layout, see checksum.ts); else the canonical form rebuilt.
  const written = handInText(text);
  let expected = written === null ? null : await checksumOfCanonical(HANDIN_FORMAT, version, written);
  if (expected !== sha256) {
    const keys = collectKeys(file.handIn, HANDIN_MAX_DEPTH);
    if (!keys.ok) return reject('malformed', keys.detail);
    expected = await handInChecksum(HANDIN_FORMAT, version, file.handIn, keys.keys);
  }
  if (expected !== sha256) {
    return reject('tampered', 'the contents do not match the checksum');
  }
  const attempts = file.handIn.attempts;
  if (Array.isArray(attempts) && attempts.length > HANDIN_MAX_ATTEMPTS) {
    return reject('too-large', `${attempts.length} results; a hand-in holds at most ${HANDIN_MAX_ATTEMPTS}`);
  }
  const parsed = HandInSchema.safeParse(file.handIn);
  if (!parsed.success) return reject('malformed', describeIssue(parsed.error));
  return { ok: true, handIn: parsed.data, sha256: expected, version, form };
}

/**
 * Reads many hand-ins (a teacher dropping a folder of files), a few at a
 * time so their checksums overlap (measured: a little faster in Node, the
 * same in Chromium). Results come back in the order given; a bad one never
 * stops the others.
 */
export async function decodeHandIns(
  inputs: readonly unknown[],
  options: { concurrency?: number } = {},
): Promise<DecodedHandIn[]> {
  const results = new Array<DecodedHandIn>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      results[i] = await decodeHandIn(inputs[i]);
    }
  };
  const lanes = Math.max(1, Math.min(inputs.length, Math.floor(options.concurrency ?? 8)));
  await Promise.all(Array.from({ length: lanes }, worker));
  return results;
}
