/** The studio's address: `#/studio` (and anything under it). Pure, so boot can import it cheaply. */
export const STUDIO_HASH = '#/studio';

export function isStudioHash(hash: string): boolean {
  return hash === STUDIO_HASH || hash.startsWith(`${STUDIO_HASH}/`) || hash.startsWith(`${STUDIO_HASH}?`);
}
