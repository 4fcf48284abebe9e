/**
 * Every schema version, oldest first. To change the schema, add vN.ts (never
 * edit a shipped one), append it here, and add a frozen fixture of the
 * previous version (see tests/fixtures/store/README.md).
 */
import type { Migration } from './types.js';
import { v1 } from './v1.js';
import { v2 } from './v2.js';
import { v3 } from './v3.js';

export const MIGRATIONS: readonly Migration[] = [v1, v2, v3];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration } from './types.js';
