/**
 * Making a hand-in on the child's device: the file (JSON a person can
 * recognise by its first lines) and the compact form the QR codes carry
 * (`escudo-handin.v1.` + base64url of the DEFLATE-compressed file text).
 *
 * Only the fields listed in `HandIn` are copied, by name, so whatever else
 * the caller's objects hold (a store result's profile id, a profile's
 * avatar) never reaches the teacher. The result is validated with the same
 * schema the teacher's side reads with, so a device never hands in what
 * the teacher would refuse.
 */
import { describeIssue } from '../../store/records.js';
import type { AgeBand } from '../../format/taxonomy.js';
import { toBase64Url } from './base64url.js';
import { checksumOfCanonical } from './checksum.js';
import { deflate } from './compress.js';
import { canonicalText, keysOf } from './untrusted-json.js';
import {
  COMPACT_PREFIX,
  HANDIN_FILE_EXTENSION,
  HANDIN_FORMAT,
  HANDIN_MAX_ATTEMPTS,
  HANDIN_VERSION,
  HandInSchema,
  type HandIn,
  type HandInAttempt,
} from './format.js';

/** A result as the progress store returns it; extra fields (profileId…) are ignored. */
export type HandInAttemptInput = HandInAttempt;

export interface HandInInput {
  classCode: string;
  childKey: string;
  nickname: string;
  ageBand: AgeBand;
  attempts: readonly HandInAttemptInput[];
}

export type EncodedHandIn =
  | {
      ok: true;
      /** The file's text (JSON); save it with `suggestHandInFileName`. */
      file: string;
      /** The compact text for QR codes: pass it to `splitForQr`. */
      compact: string;
      sha256: string;
      handIn: HandIn;
    }
  /** `invalid`: the profile or a result breaks the rules (detail says where); `too-large`: too many results. */
  | { ok: false; reason: 'invalid' | 'too-large'; detail: string };

export async function encodeHandIn(input: HandInInput): Promise<EncodedHandIn> {
  if (input.attempts.length > HANDIN_MAX_ATTEMPTS) {
    return {
      ok: false,
      reason: 'too-large',
      detail: `${input.attempts.length} results; a hand-in holds at most ${HANDIN_MAX_ATTEMPTS}`,
    };
  }
  const picked = {
    classCode: input.classCode,
    childKey: input.childKey,
    nickname: input.nickname,
    ageBand: input.ageBand,
    attempts: input.attempts.map((a) => ({
      id: a.id,
      scenarioId: a.scenarioId,
      scenarioVersion: a.scenarioVersion,
      startedAt: a.startedAt,
      endedAt: a.endedAt,
      durationMs: a.durationMs,
      transcript: a.transcript,
    })),
  };
  // Parsing copies into fresh objects and drops unknown keys inside transcripts.
  const parsed = HandInSchema.safeParse(picked);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: describeIssue(parsed.error) };
  const handIn = parsed.data;
  const canonical = canonicalText(handIn, keysOf(handIn));
  const sha256 = await checksumOfCanonical(HANDIN_FORMAT, HANDIN_VERSION, canonical);
  const file = fileText(HANDIN_VERSION, sha256, canonical);
  // The compact form packs the very same text, so both forms are read the same way.
  const packed = deflate(new TextEncoder().encode(file));
  return {
    ok: true,
    file,
    compact: `${COMPACT_PREFIX}${HANDIN_VERSION}.${toBase64Url(packed)}`,
    sha256,
    handIn,
  };
}

/**
 * The file (`HandInFile` as JSON): its head one field a line, so a person
 * opening it sees at once what it is; then the hand-in on one line, in its
 * canonical form, which is what the checksum covers (checksum.ts).
 * Pretty-printing the results would double the file for no reader.
 */
function fileText(version: number, sha256: string, canonicalHandIn: string): string {
  return (
    `{\n  "format": ${JSON.stringify(HANDIN_FORMAT)},\n  "version": ${version},\n` +
    `  "sha256": ${JSON.stringify(sha256)},\n  "handIn": ${canonicalHandIn}\n}\n`
  );
}

/**
 * A file name that tells hand-ins apart in a teacher's downloads folder:
 * class code, nickname (letters and digits only) and the checksum's start,
 * e.g. `KXR-479-kiwi-3f9a2c.escudo-handin.json`.
 */
export function suggestHandInFileName(
  handIn: Pick<HandIn, 'classCode' | 'nickname'>,
  sha256: string,
): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 24);
  const parts = [slug(handIn.classCode), slug(handIn.nickname).toLowerCase(), sha256.slice(0, 6)].filter(
    (p) => p.length > 0,
  );
  return `${parts.join('-')}${HANDIN_FILE_EXTENSION}`;
}
