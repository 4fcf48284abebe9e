/**
 * Debrief: what happened, the warning signs spotted and the ones that were
 * there (each explained), the protective actions taken, key lessons, the help
 * card for the player's country, and the endings collected. Never blaming.
 *
 * Each part is a section that opens (<details>): on a phone only the first is
 * open, so the page is a short list to scan; on a wide screen they sit in two
 * columns, all open. The help card is never folded away.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { EndingEvent, Transcript } from '../../engine/types';
import type { LoadedPack as LoadedScenario } from '../../format/pack/read';
import type { App, ScreenParams } from '../app';
import { childWords as usesChildWords, signDescription, signName } from '../chat/signs';
import { SCREENS } from '../screen-names';
import {
  countryName,
  helpCardLines,
  helpCountries,
  playerCountry,
  rememberCountry,
  storyInvolvesImages,
  type HelpLine,
} from '../services/helplines';
import { TopBar } from '../ui/top-bar';
import { messagesOnce, sectionOpen } from './debrief-sections';
import { FlagsSpotted } from './debrief-flags';
import { actionsTaken, flagSummary, kindLabelNeeded, signsWithExample } from './debrief-summary';

/** Wide enough for the debrief's two columns (see game.css, "Debrief"). */
const WIDE = '(min-width: 1100px)';

function Section({
  title,
  name,
  open,
  children,
}: {
  title: string;
  /** For tests: `debrief-<name>`. */
  name: string;
  open: boolean;
  children: ComponentChildren;
}) {
  const id = `sec-${useId()}`;
  return (
    <details class="debrief-section" open={open} data-testid={`debrief-${name}`}>
      <summary>
        <h2 id={id}>{title}</h2>
      </summary>
      <div class="debrief-section-body" role="group" aria-labelledby={id}>
        {children}
      </div>
    </details>
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
  /** Images are part of this story: the help card may offer an image removal tool. */
  images: boolean;
  /** Sign names in child words (the youngest band). */
  childWords: boolean;
}

function DebriefScreen({ app, id, transcript, ending, endings, images, childWords }: DebriefProps) {
  // Decided once, when the debrief opens; the child opens and closes sections from there.
  const [wide] = useState(() => typeof matchMedia === 'function' && matchMedia(WIDE).matches);
  let index = 0;
  const open = () => sectionOpen(index++, wide);
  const st = (k: string) => app.st(id, k);
  const i18n = app.services.i18n;
  const kindName = i18n.t(`ending.${ending.kind}.name`, { ns: 'endings' });
  const title = st(ending.title);
  // Each message once, quoted, with every sign it is the example of.
  const signList = (groups: Map<string, string>, testid: string) => (
    <ul class="sign-items" data-testid={testid}>
      {messagesOnce(groups).map(({ message, signs }) => (
        <li class="sign-item" key={message}>
          <blockquote>{st(message)}</blockquote>
          <ul class="sign-names">
            {signs.map((sign) => (
              <li key={sign}>
                <strong class="sign-name">{signName(app, sign, childWords)}</strong>
                <p>{signDescription(app, sign)}</p>
              </li>
            ))}
          </ul>
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
        <div class="debrief-columns">
          <div class="debrief-column">
            <Section title={app.t('debrief.whatHappened')} name="what-happened" open={open()}>
              <div>
                {ending.debrief.map((l, i) => (
                  <p key={i}>{st(l)}</p>
                ))}
              </div>
            </Section>
            <Section title={app.t('debrief.spotted')} name="spotted" open={open()}>
              <FlagsSpotted app={app} st={st} summary={flags} childWords={childWords} />
            </Section>
            {missed.size > 0 && (
              <Section title={app.t('debrief.missed')} name="missed" open={open()}>
                <p>{app.t('debrief.missedIntro')}</p>
                {signList(missed, 'signs-missed')}
              </Section>
            )}
            <Section title={app.t('debrief.actions')} name="actions" open={open()}>
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
            <Section title={app.t('debrief.lessons')} name="lessons" open={open()}>
              <ul class="lessons">
                {ending.lessons.map((l, i) => (
                  <li key={i}>{st(l)}</li>
                ))}
              </ul>
            </Section>
          </div>
          <div class="debrief-column">
            <p class="not-your-fault">{app.t('debrief.notYourFault')}</p>
            <HelpCard app={app} images={images} />
            <Section
              title={app.t('debrief.endings', { count: found, total: endings.length })}
              name="endings"
              open={open()}
            >
              <ul class="endings-list">
                {endings.map((e) => (
                  <li key={e.node} class={e.found ? 'ending-found' : 'ending-locked'}>
                    <span>{e.found ? st(e.title) : app.t('debrief.endingLocked')}</span>
                  </li>
                ))}
              </ul>
            </Section>
          </div>
        </div>
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

/**
 * The help card: talk to a trusted adult first; then the country (the child
 * can pick it here; remembered for next time and shown in the settings), its
 * lines, the general lines, and an image removal tool only after a story
 * where images are part of what happens (helplines-data.ts).
 */
function HelpCard({ app, images }: { app: App; images: boolean }) {
  const chain = app.services.i18n.chain();
  const lang = app.services.i18n.language();
  const [country, setCountry] = useState(() => playerCountry(chain));
  const countries = helpCountries();
  const lines = helpCardLines(country, chain, images);
  const id = `help-${useId()}`;
  const selectId = `help-country-${useId()}`;
  const pick = (code: string) => {
    rememberCountry(code || null);
    setCountry(code || null);
  };
  return (
    <section class="help-card" aria-labelledby={id} data-testid="help-card">
      <h2 id={id}>{app.t('help.title')}</h2>
      <p class="help-first">{app.t('help.trustedAdult')}</p>
      <div class="setting help-country">
        <label for={selectId}>{app.t('help.whereAreYou')}</label>
        <select
          id={selectId}
          data-testid="help-country"
          value={country && countries.includes(country) ? country : ''}
          onChange={(e) => pick(e.currentTarget.value)}
        >
          <option value="">{app.t('help.countryUnknown')}</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c, lang)}
            </option>
          ))}
        </select>
      </div>
      {country && lines.country.length > 0 && (
        <>
          <h3>{countryName(country, lang)}</h3>
          <ul class="help-lines" data-testid="help-lines-country">
            {lines.country.map((l) => (
              <HelpLineItem key={l.id} app={app} line={l} />
            ))}
          </ul>
        </>
      )}
      {lines.general.length > 0 && (
        <>
          <h3>{app.t('help.everywhere')}</h3>
          <ul class="help-lines" data-testid="help-lines-general">
            {lines.general.map((l) => (
              <HelpLineItem key={l.id} app={app} line={l} />
            ))}
          </ul>
        </>
      )}
      {lines.imageTools.length > 0 && (
        <>
          <h3>{app.t('help.images')}</h3>
          <ul class="help-lines" data-testid="help-lines-images">
            {lines.imageTools.map((l) => (
              <HelpLineItem key={l.id} app={app} line={l} />
            ))}
          </ul>
        </>
      )}
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
      images={storyInvolvesImages(loaded.scenario)}
      childWords={usesChildWords(app, loaded.scenario.ageBands)}
    />
  );
}
