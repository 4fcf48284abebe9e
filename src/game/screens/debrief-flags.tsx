/**
 * The debrief's "warning signs you spotted" part: how many messages the
 * player flagged, each sign they caught (explained, with the message and
 * what they named on it when that was another sign or "not sure"), and the
 * flagged messages that looked normal. Never a score, never blaming.
 */
import type { App } from '../app';
import { signDescription, signName } from '../chat/signs';
import type { FlagSummary } from './debrief-summary';
import { spottedByMessage } from './debrief-sections';

export function FlagsSpotted({
  app,
  st,
  summary,
  childWords,
}: {
  app: App;
  st: (key: string) => string;
  summary: FlagSummary;
  childWords: boolean;
}) {
  if (summary.flagged === 0) return <p data-testid="flag-count">{app.t('debrief.spottedNone')}</p>;
  const name = (sign: string) => signName(app, sign, childWords);
  return (
    <>
      <p data-testid="flag-count">{app.t('debrief.flagged', { count: summary.flagged })}</p>
      {summary.spotted.length > 0 ? (
        <ul class="sign-items" data-testid="signs-spotted">
          {spottedByMessage(summary.spotted).map((m) => (
            <li class="sign-item" key={m.message} data-message={m.message}>
              <blockquote>{st(m.message)}</blockquote>
              {m.signs.map((sign) => (
                <div class="sign-of-message" key={sign} data-sign={sign}>
                  <strong class="sign-name">{name(sign)}</strong>
                  <p>{signDescription(app, sign)}</p>
                </div>
              ))}
              {m.picked === null ? (
                <p class="sign-pick" data-testid="sign-pick">
                  {app.t('debrief.youWereUnsure')}
                </p>
              ) : (
                !m.matched && (
                  <p class="sign-pick" data-testid="sign-pick">
                    {app.t('debrief.youPicked', { sign: name(m.picked) })}
                  </p>
                )
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{app.t('debrief.spottedNoSigns')}</p>
      )}
      {summary.looksNormal.length > 0 && (
        <>
          <h3>{app.t('debrief.looksNormal')}</h3>
          <p>{app.t('debrief.looksNormalIntro')}</p>
          <ul class="sign-items" data-testid="looks-normal">
            {summary.looksNormal.map((m) => (
              <li class="sign-item" key={m}>
                <blockquote>{st(m)}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
