/** Why progress will not be kept on this device, in the store's own words. */
import type { App } from '../app';

export function MemoryNotice({ app, reason }: { app: App; reason: string | undefined }) {
  const store = (key: string) => app.services.i18n.t(key, { ns: 'store', defaultValue: '' });
  return (
    <div class="notice" data-testid="memory-notice" role="note">
      <p>{store('memory.title') || app.t('profile.memoryOnly')}</p>
      <p>{[store('memory.note'), reason ? store(`reason.${reason}`) : ''].filter(Boolean).join(' ')}</p>
    </div>
  );
}
