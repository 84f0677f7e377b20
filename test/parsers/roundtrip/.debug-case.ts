// scratch: npx tsx .debug-case.ts FAMILY TABLE-SUBSTR VARIANT-SUBSTR [print]
import { compareRows } from './compare-rows.ts';
import { loadFixtureTables } from './fixture-tables.ts';
import { extractIndicators, textCasesOf } from './text-cases.ts';
const [family, tableSub, variantSub, show] = process.argv.slice(2);
for (const table of loadFixtureTables().filter((t) => t.id.includes(tableSub ?? ''))) {
  for (const c of textCasesOf(family, table).filter((c) => c.variant.includes(variantSub ?? ''))) {
    const d = compareRows(c.grid.expected, extractIndicators(c.lines));
    console.log(`${table.id} · ${c.variant}: ${d ? d.message : 'exact'}`);
    if (show) console.log(c.lines.join('\n'));
  }
}
