/** The engine's public surface. */
export { createEngine, MAX_AUTO_STEPS, type Engine } from './engine.js';
export { BrokenStoryError } from './story-index.js';
export { MIN_COMPATIBLE_STATE_VERSION } from './restore.js';
export * from './types.js';
