import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hasChromium, hasLibreOffice, requireSystem } from '../support/system.ts';
import { createWorkDir, FILES, readRendered, removeWorkDir, renderFiles } from './development-files.ts';

// Development fixtures as users' files are made (government-website HTML, Word's own XML), read as
// they are and as LibreOffice saves them as Word and prints them to PDF. Each NAME.expected.json was
// written by reading the document, not from output; `todo` names, per rendering, what was not read yet.
const office = hasLibreOffice();
const browser = hasChromium();
const dir = await createWorkDir();
// every file is read before the first test is declared: node:test starts running them at once
const read = await renderFiles(dir, office, browser)
  .then((files) => Promise.all(files.map(async (file) => ({ file, actual: await readRendered(file) }))))
  .finally(() => removeWorkDir(dir));

test('the PDF and Word renderings of the development files have LibreOffice', (t) => {
  requireSystem(t, office, 'LibreOffice（apt-get install libreoffice-writer-nogui）');
});

test('the browser PDFs of the development pages have Chromium', (t) => {
  requireSystem(t, browser, 'Chromium（apt-get install chromium）');
});

for (const { file, actual } of read) {
  const expected = JSON.parse(readFileSync(join(FILES, `${file.fixture}.expected.json`), 'utf8'));
  const todo: string | undefined = expected.todo?.[file.rendering];
  for (const part of ['tables', 'indicators'] as const) {
    test(`${file.fixture} (${file.rendering}): ${part}`, { todo }, () => assert.deepEqual(actual[part], expected[part]));
  }
}
