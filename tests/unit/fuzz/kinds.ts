/** Every file the app reads from outside, for the fuzz test and `npm run bench:fuzz`. */
import { backupKind } from './backup-kind.js';
import { handInKind } from './handin-kind.js';
import { packKind } from './pack-kind.js';
import type { FuzzKind } from './property.js';
import { translationKind } from './translation-kind.js';

export const FILE_KINDS: readonly FuzzKind<unknown>[] = [backupKind, handInKind, packKind, translationKind];
