import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { SourceText } from '../domain/index.ts';

/** Reads any supported document (txt, docx, pdf, html …) into lines with positions. */
export async function readDocument(path: string): Promise<SourceText> {
  // placeholder: UTF-8 text only, replaced by the real readers
  const bytes = await readFile(path);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return {
    file: basename(path),
    format: 'txt',
    encoding: 'utf-8',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: text.split(/\r?\n/).map((t, i) => ({ line: i + 1, text: t, position: { page: null } })),
    warnings: [],
  };
}
