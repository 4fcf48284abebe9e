/**
 * How the debrief lays out what debrief-summary.ts worked out. The summary
 * picks, for each sign, the first message that showed it; one message often
 * shows two signs, and listing it under each read as a repeat. Here each
 * message is listed once, with all the signs it is the example of.
 */
export function messagesOnce(
  signExamples: ReadonlyMap<string, string>,
): { message: string; signs: string[] }[] {
  const byMessage = new Map<string, string[]>();
  for (const [sign, message] of signExamples) {
    const signs = byMessage.get(message);
    if (signs) signs.push(sign);
    else byMessage.set(message, [sign]);
  }
  return [...byMessage].map(([message, signs]) => ({ message, signs }));
}

/** A flagged message with every sign it was the first example of, and what the player named on it. */
export interface SpottedMessage {
  message: string;
  signs: string[];
  picked: string | null;
  matched: boolean;
}

/**
 * The signs the player spotted, grouped by message as the missed ones are:
 * one quote, then each sign it shows (a message with two signs was quoted
 * twice before, once under each).
 */
export function spottedByMessage(
  spotted: readonly { sign: string; message: string; picked: string | null; matched: boolean }[],
): SpottedMessage[] {
  const byMessage = new Map<string, SpottedMessage>();
  for (const s of spotted) {
    const entry = byMessage.get(s.message);
    if (entry) entry.signs.push(s.sign);
    else
      byMessage.set(s.message, { message: s.message, signs: [s.sign], picked: s.picked, matched: s.matched });
  }
  return [...byMessage.values()];
}

/**
 * Which debrief sections start open. On a phone only the first, so the page
 * is a short list of headings to open (it was 3,725 px of text); on a wide
 * screen, where the sections sit in columns, all of them.
 */
export function sectionOpen(index: number, wide: boolean): boolean {
  return wide || index === 0;
}
