// Read-aloud against a fake speechSynthesis that records what it was asked
// to say, in which language and with which voice.
import { describe, expect, it } from 'vitest';
import { createSpeech, pickVoice, type VoiceLike } from '../../../src/audio/speech';

const voice = (lang: string, name = lang, extra: Partial<VoiceLike> = {}): SpeechSynthesisVoice =>
  ({ lang, name, default: false, localService: false, voiceURI: name, ...extra }) as SpeechSynthesisVoice;

interface FakeUtterance {
  text: string;
  lang: string;
  voice: SpeechSynthesisVoice | null;
  rate: number;
}

class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  paused = false;
  resumes = 0;
  constructor(public voices: SpeechSynthesisVoice[] = []) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancels++;
  }
  resume() {
    this.resumes++;
    this.paused = false;
  }
}

function setup(voices: SpeechSynthesisVoice[]) {
  const synth = new FakeSynth(voices);
  const speech = createSpeech({
    synth: synth as unknown as SpeechSynthesis,
    createUtterance: (text) =>
      ({ text, lang: '', voice: null, rate: 1 }) as unknown as SpeechSynthesisUtterance,
  });
  return { synth, speech };
}

describe('pickVoice', () => {
  const voices = [
    voice('en-US'),
    voice('es-ES'),
    voice('es_MX'),
    voice('es'),
    voice('es-EC'),
    voice('pt-PT'),
    voice('pt-BR'),
  ];

  it('prefers the exact tag, ignoring case and underscores', () => {
    expect(pickVoice(voices, 'es-ec')?.lang).toBe('es-EC');
    expect(pickVoice(voices, 'pt_BR')?.lang).toBe('pt-BR');
  });

  it('falls back to the bare language, then to any variant of it', () => {
    expect(pickVoice(voices, 'es-AR')?.lang).toBe('es');
    expect(pickVoice([voice('es-ES'), voice('es-MX')], 'es-EC')?.lang).toBe('es-ES');
    expect(pickVoice([voice('pt-PT')], 'pt-BR')?.lang).toBe('pt-PT');
  });

  it('breaks ties with the default voice, then an offline voice', () => {
    const options = [
      voice('es-ES', 'a'),
      voice('es-MX', 'b', { localService: true }),
      voice('es-US', 'c', { default: true }),
    ];
    expect(pickVoice(options, 'es-EC')?.name).toBe('c');
    expect(pickVoice(options.slice(0, 2), 'es-EC')?.name).toBe('b');
  });

  it('never picks a voice of another language', () => {
    expect(pickVoice([voice('en-US'), voice('fr-FR')], 'es-EC')).toBeUndefined();
    expect(pickVoice(voices, '')).toBeUndefined();
  });
});

describe('createSpeech', () => {
  it('speaks the text in the given language with the best voice', () => {
    const { synth, speech } = setup([voice('en-GB'), voice('es-MX'), voice('es')]);
    expect(speech.available).toBe(true);
    expect(speech.speak('  Hola, ¿cómo estás?  ', 'es-EC')).toBe(true);
    expect(synth.spoken).toHaveLength(1);
    expect(synth.spoken[0]).toMatchObject({ text: 'Hola, ¿cómo estás?', lang: 'es-EC', rate: 1 });
    expect(synth.spoken[0]?.voice?.lang).toBe('es');
  });

  it('interrupts what is being read unless asked to queue', () => {
    const { synth, speech } = setup([voice('en-US')]);
    speech.speak('one', 'en');
    speech.speak('two', 'en', { queue: true });
    expect(synth.cancels).toBe(1);
    expect(synth.spoken.map((u) => u.text)).toEqual(['one', 'two']);
    speech.cancel();
    expect(synth.cancels).toBe(2);
  });

  it('leaves the voice to the browser when none speaks the language', () => {
    const { synth, speech } = setup([voice('en-US')]);
    expect(speech.hasVoiceFor('pt-BR')).toBe(false);
    expect(speech.speak('Olá', 'pt-BR')).toBe(true);
    expect(synth.spoken[0]).toMatchObject({ lang: 'pt-BR', voice: null });
  });

  it('uses voices that arrive later, as Chrome loads them asynchronously', () => {
    const { synth, speech } = setup([]);
    expect(speech.hasVoiceFor('pt-BR')).toBe(false);
    synth.voices = [voice('pt-BR')];
    synth.dispatchEvent(new Event('voiceschanged'));
    speech.speak('Olá', 'pt-BR');
    expect(synth.spoken[0]?.voice?.lang).toBe('pt-BR');
  });

  it('clamps the rate and resumes a paused queue', () => {
    const { synth, speech } = setup([voice('en')]);
    synth.paused = true;
    speech.speak('fast', 'en', { rate: 9 });
    expect(synth.spoken[0]?.rate).toBe(2);
    expect(synth.resumes).toBe(1);
  });

  it('does nothing for empty text', () => {
    const { synth, speech } = setup([voice('en')]);
    expect(speech.speak('   ', 'en')).toBe(false);
    expect(synth.spoken).toHaveLength(0);
  });

  it('is unavailable and harmless without speech synthesis', () => {
    const speech = createSpeech({ synth: null });
    expect(speech.available).toBe(false);
    expect(speech.speak('hello', 'en')).toBe(false);
    expect(() => speech.cancel()).not.toThrow();
    expect(speech.hasVoiceFor('en')).toBe(false);
  });

  it('defaults to unavailable in an environment without speechSynthesis (like Node)', () => {
    expect(createSpeech().available).toBe(false);
  });

  it('returns false instead of throwing when the browser refuses', () => {
    const { synth, speech } = setup([voice('en')]);
    synth.speak = () => {
      throw new Error('synthesis-failed');
    };
    expect(speech.speak('hello', 'en')).toBe(false);
  });
});
