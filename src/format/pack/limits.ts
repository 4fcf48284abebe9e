/**
 * How big a pack the game accepts from outside (a file an adult adds, or a
 * school's `packs/` folder). A shipped story's pack is 60–150 kB; 2 MB leaves
 * room for a long story in many languages and refuses a file that would only
 * fill the device's storage or stall an old phone while it is read.
 */
export const MAX_PACK_CHARS = 2_000_000;
/** Packs listed in one `packs/index.json`. */
export const MAX_SERVER_PACKS = 200;
