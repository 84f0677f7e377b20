import { readFileSync } from 'node:fs';
import { projectColumns } from './src/parsers/table-projection.ts';
const text = readFileSync(process.argv[2], 'utf8').split('\n');
const from = Number(process.argv[3]), to = Number(process.argv[4]);
const lines = text.slice(from, to).map((t, i) => ({ line: from + i + 1, text: t, position: { page: null } }));
const p = projectColumns(lines as any);
console.log(p?.header); for (const l of p?.lines ?? []) console.log(JSON.stringify(l.text));
