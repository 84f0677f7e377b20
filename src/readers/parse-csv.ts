/** One record as text cells, with the row (line) of the file it starts on. */
export interface RawRecord {
  readonly row: number;
  readonly cells: string[];
}

/** RFC 4180: commas, double quotes ("" inside quotes), CRLF or LF, line breaks inside quotes. */
export function parseCsv(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') records.push({ row: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line += 1; cell += c; }
    } else if (c === '"' && cell.trim() === '') { cell = ''; quoted = true; }
    else if (c === ',') { cells.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
