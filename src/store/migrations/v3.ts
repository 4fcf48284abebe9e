/**
 * Version 3: story packs an adult added on this device (docs/pack-format.md,
 * "Packs in the game"), one record per story id. Nothing else changes, so
 * there is nothing to upgrade.
 */
import type { Migration } from './types.js';

export const v3: Migration = {
  version: 3,
  stores: {
    profiles: 'id, createdAt',
    attempts: 'id, profileId, scenarioId, endedAt',
    states: '[profileId+scenarioId], profileId',
    settings: 'profileId',
    device: 'key',
    packs: 'id',
  },
};
