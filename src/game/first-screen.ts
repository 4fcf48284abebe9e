/**
 * Which screen the game opens on. On a shared tablet, the last player is not
 * necessarily the one holding it now, so with more than one player on the
 * device the game always asks "who is playing?" (the profile screen, with
 * every player and "someone new") — after a reload too. With one player it
 * goes straight on as that player, so a child's own phone does not ask every
 * time. (docs/screens.md, "First steps".)
 */
export type FirstScreen = { kind: 'continue'; profileId: string } | { kind: 'who-is-playing' };

export function firstScreen(
  profiles: readonly { id: string }[],
  lastProfileId: string | null | undefined,
): FirstScreen {
  const only = profiles.length === 1 ? profiles[0] : undefined;
  if (only && only.id === lastProfileId) return { kind: 'continue', profileId: only.id };
  return { kind: 'who-is-playing' };
}
