// One contender for a data folder: waits for the go file, tries the lock, says whether it got it, holds it a while.
import { existsSync, readFileSync } from 'node:fs';
import { acquireDataFolderLock } from '../../src/storage/data-folder-lock.ts';

const [dir, go] = process.argv.slice(2) as [string, string];
while (!existsSync(go)) await new Promise((r) => setTimeout(r, 20));
// the go file names a moment; spinning until it makes the contenders start within a millisecond of each other
const at = Number(readFileSync(go, 'utf8'));
while (performance.timeOrigin + performance.now() < at);
try {
  acquireDataFolderLock(dir);
  process.stdout.write('taken');
  await new Promise((r) => setTimeout(r, 3000));
} catch (error) {
  process.stdout.write(`refused: ${(error as Error).message}`);
}
