/** `npm run library`: writes docs/library.md from the scenario folders (see library-table.ts). */
import { writeFileSync } from 'node:fs';
import { LIBRARY_DOC, libraryDoc } from './library-table.js';

try {
  writeFileSync(LIBRARY_DOC, await libraryDoc());
  console.log(`wrote ${LIBRARY_DOC}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
