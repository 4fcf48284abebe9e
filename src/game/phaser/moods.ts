/**
 * Backdrop colours per screen and chat app: calm, friendly gradients (top and
 * bottom colour) with a soft accent for the floating shapes. No flashing.
 */
export interface Mood {
  top: number;
  bottom: number;
  accent: number;
}

export const MOODS: Record<string, Mood> = {
  profile: { top: 0x2b2f77, bottom: 0x157a8c, accent: 0x5fd0c7 },
  hub: { top: 0x2b2f77, bottom: 0x1f8a70, accent: 0xffcf4a },
  settings: { top: 0x333a66, bottom: 0x2f6f7a, accent: 0xa5b4fc },
  debrief: { top: 0x3b2f77, bottom: 0x1f6f8a, accent: 0xffcf4a },
  'chat:game-chat': { top: 0x2a1f5c, bottom: 0x4b2d8a, accent: 0x8be9fd },
  'chat:social-dm': { top: 0x7a2f6b, bottom: 0xd9734e, accent: 0xffd6a5 },
  'chat:messenger': { top: 0x0f5e55, bottom: 0x1c8c6e, accent: 0xc6f6d5 },
};

export function moodFor(screen: string, app?: string): Mood {
  return MOODS[app ? `${screen}:${app}` : screen] ?? MOODS[screen] ?? MOODS.hub!;
}
