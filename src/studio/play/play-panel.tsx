/**
 * The play-test panel: which language, where to start (the beginning, any
 * node, or the node at the editor's cursor), the variables' values before
 * and during play, and the real chat view below. A click on a bubble or a
 * note (not on its buttons) opens its line in that language's text table.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { VariableValue } from '../../engine/types';
import type { PackT } from '../../format/pack/schema';
import type { OutlineVariable, StoryOutline } from '../model/outline';
import { playFrom } from '../model/play-from';
import { PlayHost } from './play-host';

export interface PlayPanelProps {
  t: (key: string, options?: Record<string, unknown>) => string;
  outline: StoryOutline;
  /** The story's languages (its text tables). */
  storyLanguages: string[];
  languageName: (code: string) => string;
  languages: { code: string; name: string }[];
  /** The node the editor's cursor is in, if any. */
  cursorNode: string | undefined;
  /** The checked pack, or why there is none. */
  getPack: () => Promise<{ pack?: PackT; problem?: string }>;
  onLine: (language: string, lineId: string) => void;
}

type Values = Record<string, VariableValue>;

const defaults = (vars: OutlineVariable[]): Values =>
  Object.fromEntries(vars.map((v) => [v.name, v.default]));

export function PlayPanel(props: PlayPanelProps) {
  const { t, outline } = props;
  const host = useRef<HTMLDivElement>(null);
  const player = useRef<PlayHost | null>(null);
  const [lang, setLang] = useState(
    props.storyLanguages.includes('en') ? 'en' : (props.storyLanguages[0] ?? ''),
  );
  const [start, setStart] = useState('');
  const [values, setValues] = useState<Values>(() => defaults(outline.variables));
  const [running, setRunning] = useState(false);
  const [edited, setEdited] = useState(false);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    player.current = new PlayHost(host.current!, props.languages);
    return () => player.current?.dispose();
  }, []);
  useEffect(() => {
    if (!props.storyLanguages.includes(lang) && props.storyLanguages[0]) setLang(props.storyLanguages[0]);
  }, [props.storyLanguages.join(',')]);

  const play = async (from: string) => {
    setProblem('');
    const { pack, problem: why } = await props.getPack();
    if (!pack) {
      setProblem(why ?? t('play.cannot'));
      return;
    }
    const startValues = running ? defaults(outline.variables) : values;
    try {
      await player.current!.play(playFrom(pack, from || undefined, startValues), lang, {
        onState: (state) => {
          setValues({ ...state.vars });
          setEdited(false);
        },
      });
      setRunning(true);
    } catch (e) {
      setProblem(t('play.cannot'));
      console.error(e);
    }
  };

  const apply = async () => {
    const ok = await player.current!.setVariables(values);
    if (!ok) setProblem(t('play.applyEnded'));
    setEdited(false);
  };

  const setValue = (name: string, value: VariableValue) => {
    setValues({ ...values, [name]: value });
    setEdited(true);
  };

  const onClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('button, a, input, select, dialog')) return;
    const line = target.closest<HTMLElement>('[data-message], [data-line]');
    const id = line?.dataset.message ?? line?.dataset.line;
    if (id) props.onLine(lang, id);
  };

  const nodes = outline.nodes.map((n) => n.id);
  return (
    <section class="studio-play" aria-labelledby="studio-play-title" data-testid="play-panel">
      <h2 id="studio-play-title" class="visually-hidden">
        {t('play.title')}
      </h2>
      <div class="studio-play-controls">
        <label>
          {t('play.language')}
          <select value={lang} data-testid="play-language" onChange={(e) => setLang(e.currentTarget.value)}>
            {props.storyLanguages.map((code) => (
              <option key={code} value={code} lang={code}>
                {props.languageName(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('play.from')}
          <select value={start} data-testid="play-from" onChange={(e) => setStart(e.currentTarget.value)}>
            <option value="">{t('play.fromStart', { node: outline.start ?? '' })}</option>
            {nodes.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <div class="studio-play-buttons">
          <button
            type="button"
            class="btn btn-primary"
            data-testid="play-start"
            onClick={() => void play(start)}
          >
            {running ? t('play.restart') : t('play.start')}
          </button>
          {props.cursorNode && (
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="play-cursor"
              onClick={() => {
                setStart(props.cursorNode!);
                void play(props.cursorNode!);
              }}
            >
              {t('play.fromCursor', { node: props.cursorNode })}
            </button>
          )}
        </div>
      </div>
      {outline.variables.length > 0 && (
        <details class="studio-vars" data-testid="play-variables">
          <summary>
            {running ? t('play.varsNow') : t('play.varsStart')} ({outline.variables.length})
          </summary>
          {outline.variables.map((v) => (
            <label key={v.name} class="studio-var">
              <span class="studio-var-name">{v.name}</span>
              {v.type === 'boolean' ? (
                <input
                  type="checkbox"
                  data-var={v.name}
                  checked={values[v.name] === true}
                  onChange={(e) => setValue(v.name, e.currentTarget.checked)}
                />
              ) : v.type === 'number' ? (
                <input
                  type="number"
                  data-var={v.name}
                  value={String(values[v.name] ?? 0)}
                  onInput={(e) => setValue(v.name, Number(e.currentTarget.value) || 0)}
                />
              ) : (
                <input
                  type="text"
                  data-var={v.name}
                  value={String(values[v.name] ?? '')}
                  onInput={(e) => setValue(v.name, e.currentTarget.value)}
                />
              )}
            </label>
          ))}
          {running && (
            <button
              type="button"
              class="btn btn-secondary"
              disabled={!edited}
              data-testid="play-apply"
              onClick={() => void apply()}
            >
              {t('play.apply')}
            </button>
          )}
        </details>
      )}
      <p class="studio-problem" role="alert" data-testid="play-problem" hidden={!problem}>
        {problem}
      </p>
      <p class="studio-hint">{running ? t('play.lineHint') : t('play.hint')}</p>
      {/* The game draws itself here; clicks on its lines open them in the editor. */}
      <div class="studio-play-host game-root" ref={host} onClick={onClick} data-testid="play-host" />
    </section>
  );
}
