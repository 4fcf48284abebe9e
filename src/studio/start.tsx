/**
 * Escudo Studio's composition root, loaded only when `#/studio` is opened:
 * i18n with the `studio` namespace (the game's namespaces come too: the
 * play-test draws the real chat), the checker's worker, and the page.
 * Nothing of it is in a child's download.
 */
// Must stay the first import: it configures zod before any schema is used.
import '../game/services/zod-jitless';
import { render } from 'preact';
import { createI18n } from '../i18n/index';
import { StudioApp } from './studio-app';
import '../game/styles/game.css';
import '../game/styles/chat-looks.css';
import './styles/studio.css';

export interface StudioStartOptions {
  parent: HTMLElement;
  language: string;
  languages: { code: string; name: string }[];
  rememberLanguage(code: string): void;
  onLeave(): void;
}

export async function startStudio(options: StudioStartOptions): Promise<void> {
  const codes = options.languages.map((l) => l.code);
  const i18n = await createI18n(options.language, codes);
  await i18n.loadNamespace('studio');
  document.documentElement.lang = i18n.language();
  document.documentElement.classList.add('studio-page');
  document.title = i18n.t('title', { ns: 'studio' });
  render(
    <StudioApp
      i18n={i18n}
      languages={options.languages}
      rememberLanguage={options.rememberLanguage}
      onLeave={options.onLeave}
    />,
    options.parent,
  );
}
