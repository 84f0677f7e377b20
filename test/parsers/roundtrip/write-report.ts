// Writes REPORT.md (per family: counts, the fields that differ first, examples) from a fresh run.
//   npx tsx test/parsers/roundtrip/write-report.ts                 REPORT.md only
//   npx tsx test/parsers/roundtrip/write-report.ts --shrink-gaps   also drop listed gaps that now pass and lower
//                                                                  known-silent.json and known-false-alarms.json
//                                                                  to today's counts
//   npx tsx test/parsers/roundtrip/write-report.ts --rewrite-gaps  list exactly what differs today (a new
//                                                                  family or variant; never to hide a regression)
//   npx tsx test/parsers/roundtrip/write-report.ts --rewrite-gaps FAMILY…  the same for those families only
import { readFileSync, writeFileSync } from 'node:fs';
import { hasChromium, hasLibreOffice, hasPdftotext } from '../../support/system.ts';
import { loadFixtureTables } from './fixture-tables.ts';
import { fileResults } from './file-cases.ts';
import { GAPS_FILE, gapsOf, judge, loadKnownGaps, type KnownGaps } from './known-gaps.ts';
import {
  FALSE_ALARMS_FILE, falseAlarmJson, loadFalseAlarmCeilings, rewrittenFalseAlarms, shrunkFalseAlarms, tallyFalseAlarms,
} from './known-false-alarms.ts';
import { loadSilentCeilings, rewrittenCeilings, shrunkCeilings, SILENT_FILE, silentJson } from './known-silent.ts';
import { reportMarkdown } from './report-markdown.ts';
import { tallyFamilies, type CaseResult } from './summary.ts';
import { textResults } from './text-cases.ts';

const tables = loadFixtureTables();
const started = Date.now();
const results: CaseResult[] = [...textResults(tables), ...(await fileResults(tables, { pdf: hasLibreOffice(), pdftotext: hasPdftotext(), browser: hasChromium() }))];
const seconds = (Date.now() - started) / 1000;

function shrunk(listed: KnownGaps): KnownGaps {
  const gaps: Record<string, Record<string, string[]>> = {};
  for (const r of results) {
    const entry = listed[r.family]?.[r.table];
    if (!entry) continue;
    const verdict = judge(r.outcomes, entry);
    const still = entry.includes('*') && verdict.closed.length === 0 ? ['*'] : verdict.gaps.map((o) => o.variant);
    if (still.length) (gaps[r.family] ??= {})[r.table] = still;
  }
  return gaps;
}

/** One line per table, so that a fixed gap is one line to delete. */
function gapsJson(file: Record<string, unknown> & { gaps: KnownGaps }): string {
  const families = Object.entries(file.gaps).map(([family, byTable]) =>
    `    ${JSON.stringify(family)}: {\n` +
    Object.entries(byTable).map(([table, variants]) => `      ${JSON.stringify(table)}: ${JSON.stringify(variants)}`)
      .join(',\n') + '\n    }');
  const rest = Object.entries(file).filter(([key]) => key !== 'gaps')
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
  return `{\n${rest.join('')}  "gaps": {\n${families.join(',\n')}\n  }\n}\n`;
}

/** Today's gaps of the named families (all when none is named); every other family's list as it was. */
function rewritten(listed: KnownGaps, families: readonly string[]): KnownGaps {
  if (families.length === 0) return gapsOf(results);
  const kept = Object.entries(listed).filter(([family]) => !families.includes(family));
  return { ...Object.fromEntries(kept), ...gapsOf(results.filter((r) => families.includes(r.family))) };
}

function writeFalseAlarms(mode: string, listedGaps: KnownGaps, families: readonly string[]): void {
  const tallies = tallyFalseAlarms(results, listedGaps).filter((t) => families.length === 0 || families.includes(t.family));
  const recorded = loadFalseAlarmCeilings();
  const ceilings = mode === '--rewrite-gaps' ? rewrittenFalseAlarms(recorded, tallies) : shrunkFalseAlarms(recorded, tallies);
  const { about } = JSON.parse(readFileSync(FALSE_ALARMS_FILE, 'utf8')) as { about: string };
  writeFileSync(FALSE_ALARMS_FILE, falseAlarmJson(about, ceilings));
}

const [mode, ...families] = process.argv.slice(2);
if (mode === '--shrink-gaps' || mode === '--rewrite-gaps') {
  const listedGaps = loadKnownGaps();
  const gaps = mode === '--rewrite-gaps' ? rewritten(listedGaps, families) : shrunk(listedGaps);
  const file = JSON.parse(readFileSync(GAPS_FILE, 'utf8')) as Record<string, unknown>;
  writeFileSync(GAPS_FILE, gapsJson({ ...file, gaps }));
  const tallies = tallyFamilies(results).filter((t) => families.length === 0 || families.includes(t.family));
  const recorded = loadSilentCeilings();
  const ceilings = mode === '--rewrite-gaps' ? rewrittenCeilings(recorded, tallies) : shrunkCeilings(recorded, tallies);
  const { about } = JSON.parse(readFileSync(SILENT_FILE, 'utf8')) as { about: string };
  writeFileSync(SILENT_FILE, silentJson(about, ceilings));
  writeFalseAlarms(mode, listedGaps, families);
}
writeFileSync(new URL('./REPORT.md', import.meta.url), reportMarkdown(results, tables, seconds));
console.log(`REPORT.md written (${results.length} family × table cases, ${seconds.toFixed(1)} s)`);
