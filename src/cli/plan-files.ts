import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { invalidInput } from '../domain/index.ts';

/** What `plantrack import` takes from a folder (the formats readDocument reads). */
const planExtensions = new Set(['.txt', '.docx', '.pdf', '.html', '.htm', '.doc', '.wps']);

/**
 * The files to import: a file as given (a missing one fails on its own line), a folder as every plan
 * file under it, sub-folders included, in name order — so a province's folder imports in one command.
 */
export function planFilesOf(paths: readonly string[]): string[] {
  return paths.flatMap((path) => (isFolder(path) ? filesUnder(path, path) : [path]));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function filesUnder(folder: string, named: string): string[] {
  const files = walk(folder);
  if (!files.length) throw invalidInput(`文件夹 ${named} 中没有可导入的规划文件（${[...planExtensions].join('、')}）`);
  return files;
}

function walk(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((e) => {
    const path = join(folder, e.name);
    if (e.isDirectory()) return walk(path);
    return e.isFile() && planExtensions.has(extname(e.name).toLowerCase()) ? [path] : [];
  });
}
