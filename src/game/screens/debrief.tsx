/**
 * Debrief: what happened, the warning signs spotted and the ones that were
 * there (each explained), the protective actions taken, key lessons, the help
 * card for the player's country, and the endings collected. Never blaming.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useId } from 'preact/hooks';
import type { EndingEvent, Transcript } from '../../engine/types';
import type { LoadedPack as LoadedScenario } from '../../format/pack/read';
import type { App, ScreenParams } from '../app';
import { childWords as usesChildWords, signDescription, signName } from '../chat/signs';
import { SCREENS } from '../screen-names';
import { countryName, helpLinesFor, playerCountry, type HelpLine } from '../services/helplines';
import { TopBar } from '../ui/top-bar';
import { FlagsSpotted } from './debrief-flags';
import { actionsTaken, flagSummary, kindLabelNeeded, signsWithExample } from './debrief-summary';

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = `sec-${useId()}`;
  return (
    <section class="debrief-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

async function findResult(
  app: App,
  id: string,
  loaded: LoadedScenario,
): Promise<{ transcript: Transcript; ending: EndingEvent } | null> {
  if (app.result?.scenarioId === id) return app.result;
  const attempts = await app.services.progress.listAttempts({ profileId: app.profile!.id, scenarioId: id });
  const last = attempts.sort((a, b) => b.endedAt - a.endedAt)[0];
  const node = last?.transcript.ending?.node;
  const ending = node ? loaded.scenario.nodes[node]?.ending : undefined;
  if (!last || !node || !ending) return null;
  return {
    transcript: last.transcript,
    ending: {
      type: 'ending',
      node,
      kind: ending.kind,
      title: ending.title,
      debrief: ending.debrief,
      lessons: ending.lessons,
    },
  };
}

interface DebriefProps {
  app: App;
  id: string;
  transcript: Transcript;
  ending: EndingEvent;
  /** Every ending of the story: its node and title key, and whether this player has found it. */
  endings: { node: string; title: string; found: boolean }[];
  /** Sign names in child words (the youngest band). */
  childWords: boolean;
}

function DebriefScreen({ app, id, transcript, ending, endings, childWords }: DebriefProps) {
  const st = (k: string) => app.st(id, k);
  const i18n = app.services.i18n;
  const kindName = i18n.t(`ending.${ending.kind}.name`, { ns: 'endings' });
  const title = st(ending.title);
  const signList = (groups: Map<string, string>, testid: string) => (
    <ul class="sign-items" data-testid={testid}>
      {[...groups].map(([sign, example]) => (
        <li class="sign-item" key={sign}>
          <strong class="sign-name">{signName(app, sign, childWords)}</strong>
          <p>{signDescription(app, sign)}</p>
          <blockquote>{st(example)}</blockquote>
        </li>
      ))}
    </ul>
  );
  const flags = flagSummary(transcript);
  const missed = signsWithExample(transcript.signsMissed, new Set(flags.spotted.map((s) => s.sign)));
  const actions = actionsTaken(transcript.protectiveActions);
  const found = endings.filter((e) => e.found).length;
  return (
    <main class="screen screen-debrief" data-testid="screen-debrief">
      <TopBar app={app} back={() => void app.go(SCREENS.hub)} backLabel={app.t('debrief.toStories')} />
      <div class="panel panel-wide">
        {kindLabelNeeded(kindName, title) && <p class={`ending-kind kind-${ending.kind}`}>{kindName}</p>}
        <h1>{title}</h1>
        <p class="lead">{i18n.t(`ending.${ending.kind}.description`, { ns: 'endings' })}</p>
        <Section title={app.t('debrief.whatHappened')}>
          <div>
            {ending.debrief.map((l, i) => (
              <p key={i}>{st(l)}</p>
            ))}
          </div>
        </Section>
        <Section title={app.t('debrief.spotted')}>
          <FlagsSpotted app={app} st={st} summary={flags} childWords={childWords} />
        </Section>
        {missed.size > 0 && (
          <Section title={app.t('debrief.missed')}>
            <p>{app.t('debrief.missedIntro')}</p>
            {signList(missed, 'signs-missed')}
          </Section>
        )}
        <Section title={app.t('debrief.actions')}>
          {actions.length ? (
            <ul data-testid="actions-taken">
              {actions.map((a) => (
                <li key={a}>
                  <strong>{`${i18n.t(`action.${a}.label`, { ns: 'endings' })}: `}</strong>
                  <span>{i18n.t(`action.${a}.description`, { ns: 'endings' })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{app.t('debrief.actionsNone')}</p>
          )}
        </Section>
        <Section title={app.t('debrief.lessons')}>
          <ul class="lessons">
            {ending.lessons.map((l, i) => (
              <li key={i}>{st(l)}</li>
            ))}
          </ul>
        </Section>
        <p class="not-your-fault">{app.t('debrief.notYourFault')}</p>
        <HelpCard app={app} />
        <Section title={app.t('debrief.endings', { count: found, total: endings.length })}>
          <ul class="endings-list">
            {endings.map((e) => (
              <li key={e.node} class={e.found ? 'ending-found' : 'ending-locked'}>
                <span>{e.found ? st(e.title) : app.t('debrief.endingLocked')}</span>
              </li>
            ))}
          </ul>
        </Section>
        <div class="card-actions">
          <button
            type="button"
            class="btn btn-primary"
            data-testid="replay"
            onClick={() => void app.go(SCREENS.chat, { id, fresh: '1' })}
          >
            {app.t('debrief.replay')}
          </button>
          <button
            type="button"
            class="btn btn-secondary"
            data-testid="to-hub"
            onClick={() => void app.go(SCREENS.hub)}
          >
            {app.t('debrief.toStories')}
          </button>
        </div>
      </div>
    </main>
  );
}

function HelpLineItem({ app, line }: { app: App; line: HelpLine }) {
  return (
    <li>
      <strong>{line.name}</strong>
      <br />
      {line.how === 'web' ? (
        <a href={line.value} rel="noopener noreferrer" target="_blank">
          {line.value.replace(/^https:\/\//, '')}
        </a>
      ) : (
        <span class="help-phone">{app.t('help.call', { number: line.value })}</span>
      )}
      {line.description && <p>{line.description}</p>}
    </li>
  );
}

function HelpCard({ app }: { app: App }) {
  const chain = app.services.i18n.chain();
  const country = playerCountry(chain);
  const lines = helpLinesFor(country, chain);
  const id = `help-${useId()}`;
  return (
    <section class="help-card" aria-labelledby={id} data-testid="help-card">
      <h2 id={id}>{app.t('help.title')}</h2>
      <p>{app.t('help.trustedAdult')}</p>
      {country && lines.country.length > 0 && (
        <>
          <h3>{countryName(country, app.services.i18n.language())}</h3>
          <ul class="help-lines">
            {lines.country.map((l, i) => (
              <HelpLineItem key={i} app={app} line={l} />
            ))}
          </ul>
        </>
      )}
      {lines.everywhere.length > 0 && (
        <>
          <h3>{app.t('help.everywhere')}</h3>
          <ul class="help-lines">
            {lines.everywhere.map((l, i) => (
              <HelpLineItem key={i} app={app} line={l} />
            ))}
          </ul>
        </>
      )}
      <p class="hint">{app.t('help.changeCountry')}</p>
    </section>
  );
}

/** The endings of the story, each marked found if any of this player's results reached it (or this one did). */
async function storyEndings(
  app: App,
  loaded: LoadedScenario,
  current: string,
): Promise<DebriefProps['endings']> {
  const attempts = await app.services.progress.listAttempts({
    profileId: app.profile!.id,
    scenarioId: loaded.scenario.id,
  });
  const found = new Set(attempts.map((a) => a.transcript.ending?.node).filter(Boolean) as string[]);
  found.add(current);
  return Object.entries(loaded.scenario.nodes).flatMap(([node, n]) =>
    n.ending ? [{ node, title: n.ending.title, found: found.has(node) }] : [],
  );
}

export async function debriefScreen(app: App, params: ScreenParams): Promise<VNode> {
  const id = params.id ?? '';
  const loaded: LoadedScenario | null = await app.services.scenarios.load(id).catch(() => null);
  const result = loaded && app.profile ? await findResult(app, id, loaded) : null;
  if (!loaded || !result) {
    return (
      <main class="screen screen-debrief" data-testid="screen-debrief">
        <TopBar app={app} back={() => void app.go(SCREENS.hub)} backLabel={app.t('debrief.toStories')} />
        <div class="panel panel-wide">
          <h1>{app.t('debrief.missing')}</h1>
        </div>
      </main>
    );
  }
  const endings = await storyEndings(app, loaded, result.ending.node);
  app.backdrop?.celebrate();
  return (
    <DebriefScreen
      app={app}
      id={id}
      transcript={result.transcript}
      ending={result.ending}
      endings={endings}
      childWords={usesChildWords(app, loaded.scenario.ageBands)}
    />
  );
}
