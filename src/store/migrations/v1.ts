/**
 * Version 1, the first schema shipped. Settings lived inside each profile
 * (`profile.settings`, only text size, sound and language), attempts had no
 * duration field, and the device table held key/value rows
 * (`{ key: 'lastProfileId', value }`). Kept exactly as shipped: frozen
 * databases of this version must still open.
 */
import type { Migration } from './types.js';

export const v1: Migration = {
  version: 1,
  stores: {
    profiles: 'id, createdAt',
    attempts: 'id, profileId, scenarioId',
    states: '[profileId+scenarioId]',
    device: 'key',
  },
};
