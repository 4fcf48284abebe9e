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

/**
 * Which debrief sections start open. On a phone only the first, so the page
 * is a short list of headings to open (it was 3,725 px of text); on a wide
 * screen, where the sections sit in columns, all of them.
 */
export function sectionOpen(index: number, wide: boolean): boolean {
  return wide || index === 0;
}
