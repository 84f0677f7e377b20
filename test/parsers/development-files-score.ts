import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasChromium, hasLibreOffice } from '../support/system.ts';
import { createWorkDir, FILES, readRendered, removeWorkDir, renderFiles, score } from './development-files.ts';

// Prints, per development file and rendering, rows exact and fields right against the hand-checked
// expectation: `npx tsx test/parsers/development-files-score.ts`.
const dir = await createWorkDir();
try {
  for (const file of await renderFiles(dir, hasLibreOffice(), hasChromium())) {
    const expected = JSON.parse(readFileSync(join(FILES, `${file.fixture}.expected.json`), 'utf8'));
    const s = score(expected.indicators, (await readRendered(file)).indicators);
    console.log(`${file.fixture} (${file.rendering}): rows exact ${s.rows}/${s.of} (read ${s.read}), fields ${s.fields}/${s.total}`);
  }
} finally {
  await removeWorkDir(dir);
}
