/** Patterns for names that come from file names and table keys rather than from the schema. */

/** A BCP 47-style language tag such as es, pt-BR or en (same rule as `sourceLanguage`). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A line id (same rule as `LineId` in schema.ts). */
export const LINE_ID = /^[a-z0-9][a-z0-9._-]*$/;
