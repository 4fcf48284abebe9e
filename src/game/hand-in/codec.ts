/**
 * What the "Hand in my results" screen needs to turn a child's results into
 * a file and a sequence of QR codes. The screen takes it as a service
 * (`GameServices.handIn`, loaded when the screen opens), so it knows nothing
 * of the format: the teacher data module's encoder is plugged in by the
 * composition root (src/main.ts).
 */
import type { AgeBand } from '../../format/taxonomy';
import type { Attempt } from '../../store/index';

/** Exactly what is handed in: the nickname, the class code, the random profile key, the age band, the results. */
export interface HandInInput {
  classCode: string;
  /** The profile's random id: keeps two children with the same nickname apart; says nothing about the child. */
  childKey: string;
  nickname: string;
  ageBand: AgeBand;
  attempts: Attempt[];
}

export interface HandInCodec {
  /** The hand-in as a file's text, and as the frames of a QR sequence (one string per code). */
  encode(input: HandInInput): Promise<{ fileText: string; qrFrames: string[] }>;
  /** One frame's QR code: rows of modules, true for dark. No quiet zone; the view draws it. */
  qrMatrix(frame: string): boolean[][];
}
