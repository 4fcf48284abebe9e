/**
 * The service worker (public/sw.js) from the page's side: registers it in
 * the built game, and notices when a new version has installed and is
 * waiting. The new version never takes over by itself (a child mid-story
 * must not see the page reload); the title screen and the hub tell the
 * adult "a new version is ready", and its button applies it: the waiting
 * worker takes over and the page reloads once, on a screen with no story open.
 */

type Listener = (ready: boolean) => void;

let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();

function setWaiting(worker: ServiceWorker): void {
  waiting = worker;
  for (const listener of listeners) listener(true);
}

/** Whether a new version is installed and waiting. */
export function updateReady(): boolean {
  return waiting !== null;
}

/** Calls `listener` now and whenever a new version becomes ready; returns the unsubscribe. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  listener(waiting !== null);
  return () => listeners.delete(listener);
}

/** Lets the waiting version take over, then reloads the page once it is in control. */
export function applyUpdate(): void {
  const worker = waiting;
  if (!worker) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  worker.postMessage({ type: 'skip-waiting' });
}

/** A worker that finished installing while an older one controls the page is a new version. */
function watch(registration: ServiceWorkerRegistration): void {
  if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) setWaiting(installing);
    });
  });
}

/** An hour: school devices keep the game open all day; the browser checks on each visit too. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Registers the worker once the page has loaded, so it never competes with the title screen. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then((registration) => {
        watch(registration);
        window.setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
      })
      .catch(() => undefined);
  });
}
