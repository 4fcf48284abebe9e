/**
 * "A new version is ready", on the hub (and, before Play, on the title
 * screen: src/boot/boot.ts). Never inside a story: the button reloads the
 * page into the new version, which must not happen under a child mid-chat.
 * Saved progress is untouched by an update (the store's migrations carry it).
 */
import { useEffect, useState } from 'preact/hooks';
import { applyUpdate, onUpdateReady } from '../../boot/updates';
import type { App } from '../app';

export function UpdateNotice({ app }: { app: App }) {
  const [ready, setReady] = useState(false);
  useEffect(() => onUpdateReady(setReady), []);
  if (!ready) return null;
  return (
    <div class="notice notice-update" data-testid="update-notice" role="status">
      <p>{app.t('boot.updateReady')}</p>
      <button type="button" class="btn btn-secondary" data-testid="update-apply" onClick={applyUpdate}>
        {app.t('boot.updateApply')}
      </button>
    </div>
  );
}
