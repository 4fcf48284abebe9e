/**
 * The chat screen: loads the story, starts a session (which runs the engine,
 * saves and paces; see session/chat-session.ts) and draws it with ChatView.
 */
import type { LoadedPack as LoadedScenario } from '../../format/pack/read';
import type { App, ScreenParams, ScreenView } from '../app';
import { SCREENS } from '../screen-names';
import { profileView } from '../screens/profile';
import { TopBar } from '../ui/top-bar';
import { attachChatEffects } from './chat-effects';
import { ChatView } from './chat-view';
import { ChatSession } from './session/chat-session';

export async function chatScreen(app: App, params: ScreenParams): Promise<ScreenView> {
  const id = params.id ?? '';
  const profile = app.profile;
  if (!profile) return profileView(app);
  let loaded: LoadedScenario;
  try {
    loaded = await app.services.scenarios.load(id);
  } catch (e) {
    console.error(e);
    return (
      <main class="screen">
        <TopBar app={app} back={() => void app.go(SCREENS.hub)} />
        <div class="panel">
          <h1>{app.t('chat.loadErrorTitle')}</h1>
          <p>{app.t('chat.loadError')}</p>
        </div>
      </main>
    );
  }
  const session = new ChatSession({
    engine: app.services.createEngine(loaded.scenario),
    story: loaded.scenario,
    progress: app.services.progress,
    profileId: profile.id,
    messageSpeed: () => app.settings.messageSpeed,
  });
  // Registered first: if the player leaves before the screen shows, pacing stops too.
  app.onLeave(() => session.leave());
  attachChatEffects(app, session);
  await session.begin(params.fresh === '1');
  return <ChatView app={app} session={session} />;
}
