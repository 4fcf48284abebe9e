/**
 * What importing one thing (a file, a set of QR codes from pictures or the
 * camera) came to. The screens translate every case into the teacher's
 * language; nothing here is shown as it is.
 */
import type { HandIn, HandInRejection } from '../handin/index';
import type { ClassAttempt, TeacherClass } from '../model';
import type { StoreFailureReason } from '../../store/types';

/** Why something was refused before a hand-in could be read at all. */
export type ReadRefusal =
  /** Over the size limit: refused without being read. */
  | 'file-too-large'
  /** The browser could not read the file (moved, deleted, permission). */
  | 'unreadable'
  /** A picture the browser could not open (a format it does not know). */
  | 'picture-unreadable'
  /** A picture with no QR code in it that could be read. */
  | 'no-code'
  /** Pictures that hold only part of a sequence of codes (`missing` says which). */
  | 'incomplete';

export type ImportRefusal =
  | HandInRejection
  | ReadRefusal
  /** A hand-in for another class than the one being imported into. */
  | 'wrong-class'
  /** A hand-in with no results in it (a child who had not finished a story). */
  | 'no-results'
  /** The device would not store the results (`storage` says why); nothing changed. */
  | 'storage';

export type ImportOutcome =
  | {
      name: string;
      status: 'imported';
      nickname: string;
      /** Results stored now. */
      added: number;
      /** Results of this hand-in that were stored before (counted once). */
      alreadyPresent: number;
      /** Set when it went into another class than the page's (the teacher chose so). */
      intoClass?: TeacherClass;
    }
  | { name: string; status: 'already'; nickname: string; results: number; intoClass?: TeacherClass }
  | {
      name: string;
      status: 'refused';
      reason: ImportRefusal;
      /** `wrong-version`: made by a newer game than this one (true) or an older one. */
      newer?: boolean;
      /** `wrong-class`: the class code the child typed. */
      classCode?: string;
      /** `wrong-class`: the teacher's class with that code on this device, if there is one… */
      otherClass?: TeacherClass;
      /** …and the hand-in and how it came, so the screen can offer to import it there. */
      handIn?: HandIn;
      source?: ClassAttempt['source'];
      /** `incomplete`: the codes (1-based) still missing, of `total`. */
      missing?: number[];
      total?: number;
      storage?: StoreFailureReason;
    };

export interface ImportTally {
  imported: number;
  already: number;
  refused: number;
}

/** How many were imported, already there, refused: the summary line's numbers. */
export function tally(outcomes: readonly ImportOutcome[]): ImportTally {
  const counts: ImportTally = { imported: 0, already: 0, refused: 0 };
  for (const o of outcomes) counts[o.status === 'imported' ? 'imported' : o.status]++;
  return counts;
}
