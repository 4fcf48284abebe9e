/**
 * Names and explanations of warning signs, from the `signs` namespace
 * (assets/locales/<lang>/signs.json). Keys are `<code>.name` and
 * `<code>.description`; the code itself is the last resort.
 */
import type { App } from '../app';

export function signName(app: App, code: string): string {
  return app.services.i18n.t(`${code}.name`, { ns: 'signs', defaultValue: code });
}

export function signDescription(app: App, code: string): string {
  return app.services.i18n.t(`${code}.description`, { ns: 'signs', defaultValue: '' });
}
