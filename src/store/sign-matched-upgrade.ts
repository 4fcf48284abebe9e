/**
 * Results stored by earlier builds lost `signMatched`: the store's result
 * schema did not list the field, so validation on write dropped it. Every result is read through this
 * upgrade (from IndexedDB, from the mirror, from a backup file), so an old
 * result opens with the value the engine would have recorded:
 *
 * - the flag was wrong (`correct: false`): the message shows no warning
 *   sign, so the sign the player named cannot match it: `false`;
 * - the flag was right: the engine recorded the message's signs in
 *   `signsSpotted` at that moment, so the named sign matched exactly when it
 *   is among them;
 * - a right flag with no `signsSpotted` entry (a record the engine never
 *   writes, e.g. damaged or made by hand) does not tell: `null`, "unknown",
 *   never a guessed true or false.
 *
 * Like a migration, this file is frozen: it names the old shape it reads
 * itself and imports nothing from today's schemas, so a later change to the
 * transcript cannot silently change how old results are read.
 */

interface StoredFlag {
  message: string;
  sign?: string | undefined;
  correct: boolean;
  signMatched?: boolean | null | undefined;
}

interface StoredTranscript {
  flags: StoredFlag[];
  signsSpotted: { message: string; signs: readonly string[] }[];
}

/** The same transcript, with `signMatched` filled in on flags that named a sign but lost it. */
export function recoverSignMatched<T extends StoredTranscript>(transcript: T): T {
  if (!transcript.flags.some(lostSignMatched)) return transcript;
  const spotted = new Map(transcript.signsSpotted.map((s) => [s.message, s.signs]));
  const flags = transcript.flags.map((flag) => {
    if (!lostSignMatched(flag)) return flag;
    if (!flag.correct) return { ...flag, signMatched: false };
    const signs = spotted.get(flag.message);
    return { ...flag, signMatched: signs === undefined ? null : signs.includes(flag.sign!) };
  });
  return { ...transcript, flags };
}

function lostSignMatched(flag: StoredFlag): boolean {
  return flag.sign !== undefined && flag.signMatched === undefined;
}
