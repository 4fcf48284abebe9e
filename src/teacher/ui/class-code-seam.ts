/**
 * Where the teacher area gets class codes from. Making a code and comparing
 * two (a child may type "kp7-m3x" for "KP7M3X") are the data module's job
 * (`src/teacher/class-code.ts`: makeClassCode, normaliseClassCode); the
 * screens only ever call them through these tools, which the composition
 * root (src/teacher/start.ts) builds from whatever it is given.
 */
import { CLASS_CODE_PATTERN } from '../../store/nickname';

export interface ClassCodeTools {
  /** A new random code, easy to read aloud. */
  generate(): string;
  /** The form two codes are compared in. */
  normalise(code: string): string;
}

/** How many fresh codes to try before giving up (the codes in use are few; one try nearly always does). */
const ATTEMPTS = 50;

/**
 * A code for a new class: one the profile form accepts, and different from
 * every class already made (compared the way children's typing is).
 */
export function newClassCode(tools: ClassCodeTools, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((c) => tools.normalise(c)));
  for (let i = 0; i < ATTEMPTS; i++) {
    const code = tools.generate();
    if (CLASS_CODE_PATTERN.test(code) && !taken.has(tools.normalise(code))) return code;
  }
  throw new Error('could not make a class code that is not taken');
}

/** Whether a code a child typed in their profile names this class. */
export function sameClass(tools: ClassCodeTools, typed: string | undefined, classCode: string): boolean {
  return typed !== undefined && tools.normalise(typed) === tools.normalise(classCode);
}

/** The code in groups of three, as a teacher reads it out: "KP7 M3X". */
export function spokenGroups(code: string): string[] {
  const plain = code.replace(/-/g, '');
  const groups: string[] = [];
  for (let i = 0; i < plain.length; i += 3) groups.push(plain.slice(i, i + 3));
  return groups;
}
