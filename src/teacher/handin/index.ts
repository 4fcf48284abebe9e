/** The hand-in: made on the child's device, read on the teacher's (docs/teacher-data.md). */
export * from './format.js';
export {
  encodeHandIn,
  suggestHandInFileName,
  type EncodedHandIn,
  type HandInAttemptInput,
  type HandInInput,
} from './encode.js';
export { decodeHandIn, decodeHandIns, type DecodedHandIn, type HandInForm } from './decode.js';
export { checkClass, type ClassCheck } from './check-class.js';
export { toClassAttempts, type ClassAttemptOptions } from './class-attempts.js';
export * from './qr-frames.js';
export * from './qr-matrix.js';
