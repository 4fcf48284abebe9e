/** The engine's public surface. */
export { createEngine, type Engine } from './engine.js';
export { ScenarioCompileError } from './compiled.js';
export { MIN_COMPATIBLE_STATE_VERSION } from './restore.js';
export * from './types.js';
