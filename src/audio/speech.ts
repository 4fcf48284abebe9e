// Read-aloud with the browser's own speech synthesis, in the game's current
// language. Nothing is downloaded and nothing leaves the device (we only use
// voices the browser offers). When the browser has no speech synthesis, or no
// voice at all, `available` is false and every call is a harmless no-op.

export interface SpeechOptions {
  /** Defaults to the page's `speechSynthesis`; tests pass a fake. */
  synth?: SpeechSynthesis | null;
  /** Defaults to `new SpeechSynthesisUtterance(text)`; tests pass their own. */
  createUtterance?: (text: string) => SpeechSynthesisUtterance;
}

export interface SpeakOptions {
  /** Wait for what is being read to finish instead of interrupting it. */
  queue?: boolean;
  /** Speaking rate, 0.5–2 (1 is the voice's normal speed). */
  rate?: number;
}

export interface Speech {
  /** False when this browser cannot speak at all. */
  readonly available: boolean;
  /** Reads `text` in the BCP-47 language `lang`; returns false if it could not. */
  speak(text: string, lang: string, options?: SpeakOptions): boolean;
  /** Stops speaking at once and drops anything queued. */
  cancel(): void;
  /** Whether a voice for this language (or a sibling variant) is installed. */
  hasVoiceFor(lang: string): boolean;
}

/** The part of a SpeechSynthesisVoice we rely on, so pure tests stay simple. */
export type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'default' | 'localService'>;

function normaliseTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

function primaryLanguage(tag: string): string {
  return normaliseTag(tag).split('-')[0] ?? '';
}

/**
 * Picks the best voice for a BCP-47 tag: the exact tag (es-EC), then the bare
 * language (es), then any variant of the language (es-MX, es-ES…), preferring
 * the browser's default voice and then voices that work offline. Returns
 * undefined if no voice speaks the language: reading Spanish with an English
 * voice would be worse than letting the browser choose from `utterance.lang`.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = normaliseTag(lang);
  const primary = primaryLanguage(lang);
  if (!primary) return undefined;
  let best: V | undefined;
  let bestScore = -1;
  voices.forEach((voice, index) => {
    const tag = normaliseTag(voice.lang ?? '');
    if (primaryLanguage(tag) !== primary) return;
    const match = tag === wanted ? 3 : tag === primary ? 2 : 1;
    // Match quality dominates; the default and offline flags only break ties;
    // earlier voices win remaining ties (index keeps the order stable).
    const score = match * 100 + (voice.default ? 10 : 0) + (voice.localService ? 5 : 0) - index / 1e6;
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  });
  return best;
}

function clampRate(rate: number | undefined): number {
  if (typeof rate !== 'number' || Number.isNaN(rate)) return 1;
  return Math.min(2, Math.max(0.5, rate));
}

export function createSpeech(opts: SpeechOptions = {}): Speech {
  const synth: SpeechSynthesis | null =
    opts.synth !== undefined ? opts.synth : typeof speechSynthesis !== 'undefined' ? speechSynthesis : null;
  const makeUtterance =
    opts.createUtterance ??
    (typeof SpeechSynthesisUtterance !== 'undefined'
      ? (text: string) => new SpeechSynthesisUtterance(text)
      : undefined);
  const available = synth !== null && makeUtterance !== undefined;

  // Browsers fill the voice list asynchronously (Chrome announces it with
  // "voiceschanged"), so we re-read it whenever it may have changed.
  let voices: SpeechSynthesisVoice[] = [];
  const refreshVoices = (): void => {
    try {
      voices = synth?.getVoices() ?? [];
    } catch {
      voices = [];
    }
  };
  refreshVoices();
  try {
    synth?.addEventListener?.('voiceschanged', refreshVoices);
  } catch {
    // Older engines only offer the onvoiceschanged property; we re-read on speak anyway.
  }

  const voiceFor = (lang: string): SpeechSynthesisVoice | undefined => {
    if (voices.length === 0) refreshVoices();
    return pickVoice(voices, lang);
  };

  return {
    available,

    speak(text, lang, options = {}) {
      if (!available || !synth || !makeUtterance) return false;
      const words = typeof text === 'string' ? text.trim() : '';
      if (!words) return false;
      try {
        if (!options.queue) synth.cancel();
        const utterance = makeUtterance(words);
        utterance.lang = typeof lang === 'string' && lang.trim() ? lang.trim() : 'und';
        const voice = voiceFor(utterance.lang);
        if (voice) utterance.voice = voice;
        utterance.rate = clampRate(options.rate);
        // Chrome can leave the queue paused after a tab was hidden.
        if (synth.paused) synth.resume();
        synth.speak(utterance);
        return true;
      } catch {
        return false;
      }
    },

    cancel() {
      try {
        synth?.cancel();
      } catch {
        // Nothing to stop.
      }
    },

    hasVoiceFor(lang) {
      return available && voiceFor(lang) !== undefined;
    },
  };
}
