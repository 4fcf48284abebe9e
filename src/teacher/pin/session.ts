/**
 * "Unlocked" lasts the browser tab's session: until the tab is closed or
 * "Lock" is pressed. It is kept in sessionStorage (per tab, kept across a
 * reload) as the id of the PIN that was entered, so a PIN set anew after
 * "forgot PIN" is never unlocked by an older session. Where sessionStorage
 * is blocked it lasts until the page is left.
 */
export const UNLOCK_KEY = 'escudo.teacher.unlocked';

export interface SessionMarker {
  get(): string | null;
  set(pinId: string): void;
  clear(): void;
}

export function tabSessionMarker(storage: Storage | undefined = safeSessionStorage()): SessionMarker {
  let memory: string | null = null;
  return {
    get() {
      try {
        return storage ? storage.getItem(UNLOCK_KEY) : memory;
      } catch {
        return memory;
      }
    },
    set(pinId) {
      memory = pinId;
      try {
        storage?.setItem(UNLOCK_KEY, pinId);
      } catch {
        // blocked: the memory copy lasts for this page
      }
    },
    clear() {
      memory = null;
      try {
        storage?.removeItem(UNLOCK_KEY);
      } catch {
        // blocked: nothing was written there either
      }
    },
  };
}

function safeSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** A marker in memory only (tests). */
export function memorySessionMarker(): SessionMarker {
  let value: string | null = null;
  return {
    get: () => value,
    set: (id) => void (value = id),
    clear: () => void (value = null),
  };
}
