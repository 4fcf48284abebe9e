/** The teacher PIN: rules, hashing, rate limit, the tab's unlock, and the service the screens use. */
export { PinService, type PinStatus, type UnlockResult } from './pin-service.js';
export { PIN_ITERATIONS } from './pin-hash.js';
export { newPinProblem, PIN_MAX_CHARS, PIN_PROBLEMS, type PinProblem } from './pin-rules.js';
export { FREE_TRIES, WAITS_MS } from './lockout.js';
export { tabSessionMarker, memorySessionMarker, type SessionMarker } from './session.js';
