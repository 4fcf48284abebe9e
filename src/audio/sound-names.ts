// The game's sound effects, named by the moment they mark. One list so the
// generator, the asset folder and the sound service cannot drift apart.
export const SOUND_NAMES = ['message-received', 'message-sent', 'flag', 'block', 'debrief'] as const;

export type SoundName = (typeof SOUND_NAMES)[number];

export function isSoundName(value: unknown): value is SoundName {
  return typeof value === 'string' && (SOUND_NAMES as readonly string[]).includes(value);
}
