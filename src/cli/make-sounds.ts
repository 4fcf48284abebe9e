// Generates the game's sound effects into assets/sounds/ from the recipes in
// src/audio/sound-recipes.ts. The sounds are made here, in code, so they are
// licence-clean (Apache-2.0, like the rest of the project) and reproducible.
//
//   npx tsx src/cli/make-sounds.ts           write assets/sounds/*.wav
//   npx tsx src/cli/make-sounds.ts --check   fail if the committed files are stale
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOUND_NAMES } from '../audio/sound-names';
import { SOUND_RECIPES, SOUND_SAMPLE_RATE } from '../audio/sound-recipes';
import { encodeWav16, renderRecipe } from '../audio/synth';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'assets', 'sounds');
const check = process.argv.includes('--check');

mkdirSync(outDir, { recursive: true });
let stale = 0;
for (const name of SOUND_NAMES) {
  const wav = encodeWav16(renderRecipe(SOUND_RECIPES[name], SOUND_SAMPLE_RATE), SOUND_SAMPLE_RATE);
  const file = join(outDir, `${name}.wav`);
  const ms = Math.round(((wav.length - 44) / 2 / SOUND_SAMPLE_RATE) * 1000);
  if (check) {
    const same = existsSync(file) && Buffer.compare(readFileSync(file), Buffer.from(wav)) === 0;
    if (!same) stale++;
    console.log(`${same ? 'ok   ' : 'STALE'} ${name}.wav`);
  } else {
    writeFileSync(file, wav);
    console.log(`wrote assets/sounds/${name}.wav  ${ms} ms  ${(wav.length / 1024).toFixed(1)} KB`);
  }
}
if (stale > 0) {
  console.error(
    `${stale} sound file(s) differ from their recipes: run "npm run sounds" and commit the result.`,
  );
  process.exitCode = 1;
}
