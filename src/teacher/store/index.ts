/**
 * The teacher area's storage: PIN, classes and the results handed in, in
 * their own IndexedDB database (`escudo-teacher`). See docs/teacher-area.md.
 */
export { openTeacherStore, createMemoryTeacherStore, sharedTeacherStore } from './open.js';
export {
  TeacherStore,
  TeacherStoreError,
  TeacherValidationError,
  type PutAttemptsResult,
  type TeacherProblem,
} from './teacher-store.js';
export { CLASS_NAME_MAX, type LockoutRecordT, type PinRecordT } from './records.js';
export { TEACHER_DB_NAME } from './database.js';
