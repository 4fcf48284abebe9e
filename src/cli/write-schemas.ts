/** `npm run schemas`: writes scenarios/scenario.schema.json, text.schema.json and pack.schema.json. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from './json-schemas.js';

for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  const path = join('scenarios', name);
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
