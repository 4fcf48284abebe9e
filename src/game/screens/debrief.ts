/**
 * Debrief: what happened, the warning signs spotted and the ones that were
 * there (each explained), the protective actions taken, key lessons, the help
 * card for the player's country, and the endings collected. Never blaming.
 */
import type { EndingEvent, Transcript } from '../../engine/types';
import type { LoadedPack as LoadedScenario } from '../../format/pack/read';
import type { App, ScreenParams } from '../app';
import { signDescription, signName } from '../chat/signs';
import { SCREENS } from '../screen-names';
import { countryName, helpLinesFor, playerCountry, type HelpLine } from '../services/helplines';
import { button, h, nextId } from '../ui/dom';

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = nextId('sec');
  return h(
    'section',
    { class: 'debrief-section', attrs: { 'aria-labelledby': id } },
    h('h2', { attrs: { id }, text: title }),
    ...children,
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

export async function debriefScreen(app: App, params: ScreenParams): Promise<HTMLElement> {
  const id = params.id ?? '';
  const main = h('main', { class: 'screen screen-debrief', testid: 'screen-debrief' });
  main.append(app.topBar({ back: () => void app.go(SCREENS.hub), backLabel: app.t('debrief.toStories') }));
  const body = h('div', { class: 'panel panel-wide' });
  main.append(body);
  const loaded: LoadedScenario | null = await app.services.scenarios.load(id).catch(() => null);
  const result = loaded && app.profile ? await findResult(app, id, loaded) : null;
  if (!loaded || !result) {
    body.append(h('h1', { text: app.t('debrief.missing') }));
    return main;
  }
  const st = (k: string) => app.st(id, k);
  const { transcript, ending } = result;
  const endings = app.services.i18n;

  // The kind of ending as a small label, unless the story's title already says it.
  const kindName = endings.t(`ending.${ending.kind}.name`, { ns: 'endings' });
  const title = st(ending.title);
  body.append(
    ...(kindName.trim().toLowerCase() === title.trim().toLowerCase()
      ? []
      : [h('p', { class: `ending-kind kind-${ending.kind}`, text: kindName })]),
    h('h1', { text: title }),
    h('p', { class: 'lead', text: endings.t(`ending.${ending.kind}.description`, { ns: 'endings' }) }),
  );

  body.append(
    section(
      app.t('debrief.whatHappened'),
      h('div', {}, ...ending.debrief.map((l) => h('p', { text: st(l) }))),
    ),
  );

  // Grouped by sign, not by message: one explanation and one example each,
  // so a long story does not end with a wall of quotes.
  const bySign = (items: { message: string; signs: string[] }[], skip: ReadonlySet<string> = new Set()) => {
    const groups = new Map<string, string>();
    for (const item of items)
      for (const sign of item.signs) if (!skip.has(sign) && !groups.has(sign)) groups.set(sign, item.message);
    return groups;
  };
  const signList = (groups: Map<string, string>, testid: string) =>
    h(
      'ul',
      { class: 'sign-items', testid },
      ...[...groups].map(([sign, example]) =>
        h(
          'li',
          { class: 'sign-item' },
          h('strong', { class: 'sign-name', text: signName(app, sign) }),
          h('p', { text: signDescription(app, sign) }),
          h('blockquote', { text: st(example) }),
        ),
      ),
    );
  const spotted = bySign(transcript.signsSpotted);
  body.append(
    section(
      app.t('debrief.spotted'),
      spotted.size ? signList(spotted, 'signs-spotted') : h('p', { text: app.t('debrief.spottedNone') }),
    ),
  );
  const missed = bySign(transcript.signsMissed, new Set(spotted.keys()));
  if (missed.size) {
    body.append(
      section(
        app.t('debrief.missed'),
        h('p', { text: app.t('debrief.missedIntro') }),
        signList(missed, 'signs-missed'),
      ),
    );
  }

  const actions = [...new Set(transcript.protectiveActions.map((p) => p.action))];
  body.append(
    section(
      app.t('debrief.actions'),
      actions.length
        ? h(
            'ul',
            { testid: 'actions-taken' },
            ...actions.map((a) =>
              h(
                'li',
                {},
                h('strong', { text: `${endings.t(`action.${a}.label`, { ns: 'endings' })}: ` }),
                h('span', { text: endings.t(`action.${a}.description`, { ns: 'endings' }) }),
              ),
            ),
          )
        : h('p', { text: app.t('debrief.actionsNone') }),
    ),
  );

  body.append(
    section(
      app.t('debrief.lessons'),
      h('ul', { class: 'lessons' }, ...ending.lessons.map((l) => h('li', { text: st(l) }))),
    ),
  );
  body.append(h('p', { class: 'not-your-fault', text: app.t('debrief.notYourFault') }));
  body.append(helpCard(app));
  body.append(await endingsCollected(app, loaded, ending.node));

  body.append(
    h(
      'div',
      { class: 'card-actions' },
      button(app.t('debrief.replay'), () => void app.go(SCREENS.chat, { id, fresh: '1' }), {
        class: 'btn btn-primary',
        testid: 'replay',
      }),
      button(app.t('debrief.toStories'), () => void app.go(SCREENS.hub), {
        class: 'btn btn-secondary',
        testid: 'to-hub',
      }),
    ),
  );
  app.backdrop?.celebrate();
  return main;
}

function helpCard(app: App): HTMLElement {
  const chain = app.services.i18n.chain();
  const country = playerCountry(chain);
  const lines = helpLinesFor(country, chain);
  const id = nextId('help');
  const card = h('section', { class: 'help-card', attrs: { 'aria-labelledby': id }, testid: 'help-card' });
  card.append(
    h('h2', { attrs: { id }, text: app.t('help.title') }),
    h('p', { text: app.t('help.trustedAdult') }),
  );
  const line = (l: HelpLine) => {
    const value =
      l.how === 'web'
        ? h('a', {
            attrs: { href: l.value, rel: 'noopener noreferrer', target: '_blank' },
            text: l.value.replace(/^https:\/\//, ''),
          })
        : h('span', { class: 'help-phone', text: app.t('help.call', { number: l.value }) });
    return h(
      'li',
      {},
      h('strong', { text: l.name }),
      h('br'),
      value,
      ...(l.description ? [h('p', { text: l.description })] : []),
    );
  };
  if (country && lines.country.length) {
    card.append(
      h('h3', { text: countryName(country, app.services.i18n.language()) }),
      h('ul', { class: 'help-lines' }, ...lines.country.map(line)),
    );
  }
  if (lines.everywhere.length) {
    card.append(
      h('h3', { text: app.t('help.everywhere') }),
      h('ul', { class: 'help-lines' }, ...lines.everywhere.map(line)),
    );
  }
  card.append(h('p', { class: 'hint', text: app.t('help.changeCountry') }));
  return card;
}

async function endingsCollected(app: App, loaded: LoadedScenario, current: string): Promise<HTMLElement> {
  const all = Object.entries(loaded.scenario.nodes).filter(([, n]) => n.ending);
  const attempts = await app.services.progress.listAttempts({
    profileId: app.profile!.id,
    scenarioId: loaded.scenario.id,
  });
  const found = new Set(attempts.map((a) => a.transcript.ending?.node).filter(Boolean) as string[]);
  found.add(current);
  const list = h('ul', { class: 'endings-list' });
  for (const [nodeId, node] of all) {
    const got = found.has(nodeId);
    list.append(
      h(
        'li',
        { class: got ? 'ending-found' : 'ending-locked' },
        h('span', {
          text: got ? app.st(loaded.scenario.id, node.ending!.title) : app.t('debrief.endingLocked'),
        }),
      ),
    );
  }
  return section(app.t('debrief.endings', { count: found.size, total: all.length }), list);
}
