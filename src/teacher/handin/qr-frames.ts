/**
 * A hand-in too long for one QR code becomes a numbered sequence of codes,
 * shown one after another on the child's screen while the teacher's camera
 * watches. Each code carries one frame:
 *
 *   ESC1:<index>/<total>:<setId>:<chunk>
 *
 * - `ESC1`: the frame format, version 1 (a reader refuses other versions).
 * - `<index>/<total>`: 1-based, decimal, e.g. `2/5` (what the counter shows).
 * - `<setId>`: 7 characters naming the hand-in (a 32-bit FNV-1a hash of the
 *   whole payload in base 36), so frames of two children's phones never mix.
 * - `<chunk>`: the next piece of the compact payload; chunks are of equal
 *   length (the last may be shorter), joined in index order.
 *
 * The collector takes frames in any order, any number of times, and says
 * how far it is. When every index is there it checks the joined payload
 * against the set id (a wrong or mixed-up frame shows here) and hands the
 * payload to `decodeHandIn`, whose SHA-256 checks it again.
 */

export const QR_FRAME_VERSION = 1;
export const QR_FRAME_PREFIX = `ESC${QR_FRAME_VERSION}:`;
/** The default frame length: with error correction M this is a version-15 code (77 × 77 modules). */
export const QR_FRAME_CHARS = 400;
export const QR_MAX_FRAMES = 999;
/** The most one code holds at the error correction `qrMatrix` uses (version 40, byte mode, M). */
export const QR_MAX_FRAME_CHARS = 2331;
const SET_ID_LENGTH = 7;

/** A 32-bit FNV-1a hash of the text, as 7 base-36 characters. Not a security check; the SHA-256 is. */
export function qrSetId(payload: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i++) {
    hash ^= payload.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).toUpperCase().padStart(SET_ID_LENGTH, '0');
}

function headerLength(total: number): number {
  // "ESC1:" + index + "/" + total + ":" + setId + ":" (the index is at most as long as the total).
  const digits = String(total).length;
  return QR_FRAME_PREFIX.length + digits + 1 + digits + 1 + SET_ID_LENGTH + 1;
}

/**
 * Splits a compact payload (printable ASCII without spaces, as `encodeHandIn`
 * makes) into frames of
 * at most `maxChars` characters each, header included.
 */
export function splitForQr(payload: string, maxChars: number = QR_FRAME_CHARS): string[] {
  // Programming errors, not user input: the payload comes from encodeHandIn.
  if (!/^[\x21-\x7e]*$/.test(payload))
    throw new RangeError('a QR payload must be printable ASCII, no spaces');
  const limit = Math.min(QR_MAX_FRAME_CHARS, Math.floor(maxChars));
  let total = 1;
  for (;;) {
    const room = limit - headerLength(total);
    if (room < 16) throw new RangeError(`frames of ${maxChars} characters leave no room for data`);
    const needed = Math.max(1, Math.ceil(payload.length / room));
    if (needed <= total) break;
    total = needed;
  }
  if (total > QR_MAX_FRAMES)
    throw new RangeError(`the payload needs ${total} frames; at most ${QR_MAX_FRAMES}`);
  // Equal chunks: every code in the sequence is the same size, so the camera's focus and
  // the screen's layout stay put from one code to the next.
  const size = Math.max(1, Math.ceil(payload.length / total));
  const setId = qrSetId(payload);
  const frames: string[] = [];
  for (let i = 0; i < total; i++) {
    frames.push(`${QR_FRAME_PREFIX}${i + 1}/${total}:${setId}:${payload.slice(i * size, (i + 1) * size)}`);
  }
  return frames;
}

export type FrameRejection = 'not-escudo' | 'wrong-version' | 'malformed';

export type ParsedFrame =
  | { ok: true; index: number; total: number; setId: string; chunk: string }
  | { ok: false; reason: FrameRejection; newer?: boolean };

const FRAME = /^ESC1:([1-9]\d{0,2})\/([1-9]\d{0,2}):([0-9A-Z]{7}):([\x21-\x7e]*)$/;

/** Reads one scanned code. Surrounding white space (some scanners add a newline) is ignored. */
export function parseFrame(text: string): ParsedFrame {
  if (typeof text !== 'string') return { ok: false, reason: 'not-escudo' };
  const trimmed = text.trim();
  const version = /^ESC(\d{1,6}):/.exec(trimmed);
  if (!version) return { ok: false, reason: 'not-escudo' };
  if (Number(version[1]) !== QR_FRAME_VERSION) {
    return { ok: false, reason: 'wrong-version', newer: Number(version[1]) > QR_FRAME_VERSION };
  }
  if (trimmed.length > QR_MAX_FRAME_CHARS) return { ok: false, reason: 'malformed' };
  const match = FRAME.exec(trimmed);
  if (!match) return { ok: false, reason: 'malformed' };
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (index > total) return { ok: false, reason: 'malformed' };
  return { ok: true, index, total, setId: match[3]!, chunk: match[4]! };
}

export interface QrProgress {
  setId: string;
  have: number;
  total: number;
  /** The 1-based indices still to scan, in order. */
  missing: number[];
}

export type QrScan =
  /** Not a frame this collector can use; nothing changed. */
  | { status: 'rejected'; reason: FrameRejection | 'tampered'; newer?: boolean }
  /**
   * A frame of a hand-in still being collected. `duplicate`: that index was
   * already there. `otherSet`: it belongs to another hand-in than the last
   * frame did (another child's phone came into view); the collector now
   * follows this one and keeps what it had of the other.
   */
  | { status: 'progress'; setId: string; have: number; total: number; duplicate: boolean; otherSet: boolean }
  /** The last missing frame: `payload` is the whole compact hand-in, for `decodeHandIn`. */
  | { status: 'complete'; setId: string; total: number; payload: string; otherSet: boolean }
  /** A frame of a hand-in completed earlier (its phone is still in view). */
  | { status: 'already-complete'; setId: string; total: number };

interface PartialSet {
  total: number;
  chunks: (string | undefined)[];
  have: number;
  lastSeen: number;
}

/**
 * Collects the frames of one or more hand-ins. It keeps up to `maxSets`
 * unfinished hand-ins at once (the least recently seen is dropped first),
 * so a phone that went away and comes back continues where it stopped.
 */
export class QrCollector {
  private readonly sets = new Map<string, PartialSet>();
  private readonly completed = new Map<string, number>();
  private current: string | null = null;
  private clock = 0;
  private readonly maxSets: number;

  constructor(options: { maxSets?: number } = {}) {
    this.maxSets = Math.max(1, options.maxSets ?? 8);
  }

  accept(text: string): QrScan {
    const frame = parseFrame(text);
    if (!frame.ok) {
      return frame.newer === undefined
        ? { status: 'rejected', reason: frame.reason }
        : { status: 'rejected', reason: frame.reason, newer: frame.newer };
    }
    const done = this.completed.get(frame.setId);
    if (done !== undefined && done === frame.total) {
      return { status: 'already-complete', setId: frame.setId, total: frame.total };
    }
    let set = this.sets.get(frame.setId);
    if (set && set.total !== frame.total) return { status: 'rejected', reason: 'malformed' };
    if (!set) {
      set = { total: frame.total, chunks: new Array<string | undefined>(frame.total), have: 0, lastSeen: 0 };
      this.sets.set(frame.setId, set);
      this.evict(frame.setId);
    }
    set.lastSeen = ++this.clock;
    const otherSet = this.current !== null && this.current !== frame.setId && this.sets.has(this.current);
    this.current = frame.setId;

    const known = set.chunks[frame.index - 1];
    if (known !== undefined && known !== frame.chunk) return { status: 'rejected', reason: 'malformed' };
    const duplicate = known !== undefined;
    if (!duplicate) {
      set.chunks[frame.index - 1] = frame.chunk;
      set.have++;
    }
    if (set.have < set.total) {
      return {
        status: 'progress',
        setId: frame.setId,
        have: set.have,
        total: set.total,
        duplicate,
        otherSet,
      };
    }
    const payload = set.chunks.join('');
    this.sets.delete(frame.setId);
    this.current = null;
    if (qrSetId(payload) !== frame.setId) {
      // Some frame was not what the phone showed (a misread, or frames of two hand-ins that
      // share a set id): start this hand-in again rather than pass on a broken payload.
      return { status: 'rejected', reason: 'tampered' };
    }
    this.completed.set(frame.setId, frame.total);
    return { status: 'complete', setId: frame.setId, total: frame.total, payload, otherSet };
  }

  /** How far the hand-in of the latest frame is, or null when none is under way. */
  progress(): QrProgress | null {
    if (this.current === null) return null;
    const set = this.sets.get(this.current);
    if (!set) return null;
    const missing: number[] = [];
    for (let i = 0; i < set.total; i++) if (set.chunks[i] === undefined) missing.push(i + 1);
    return { setId: this.current, have: set.have, total: set.total, missing };
  }

  /** Forgets everything, including which hand-ins were completed. */
  reset(): void {
    this.sets.clear();
    this.completed.clear();
    this.current = null;
  }

  private evict(keep: string): void {
    while (this.sets.size > this.maxSets) {
      let oldest: string | null = null;
      let oldestSeen = Infinity;
      for (const [id, s] of this.sets) {
        if (id !== keep && s.lastSeen < oldestSeen) {
          oldest = id;
          oldestSeen = s.lastSeen;
        }
      }
      if (oldest === null) return;
      this.sets.delete(oldest);
    }
  }
}
