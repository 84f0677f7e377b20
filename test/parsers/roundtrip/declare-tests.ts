import { after, test } from 'node:test';
import { failureMessage, judge, loadKnownGaps, todoReason } from './known-gaps.ts';
import { falseAlarmFell, falseAlarmRise, loadFalseAlarmCeilings, tallyFalseAlarms } from './known-false-alarms.ts';
import { loadSilentCeilings, silentFell, silentRise } from './known-silent.ts';
import { summaryLines, tallyFamilies, type CaseResult } from './summary.ts';

/**
 * One test per family × table: it fails on a difference not listed in known-gaps.json, is a todo when
 * every difference is listed, and prints the listed gaps that now come back exact (to delete them). One
 * test per family: it fails when more renderings (or rows) are silently wrong than known-silent.json records,
 * and one when more exact renderings are flagged than known-false-alarms.json records.
 */
export function declareRoundTripTests(results: readonly CaseResult[], title: string): void {
  const gaps = loadKnownGaps();
  for (const result of results) {
    const verdict = judge(result.outcomes, gaps[result.family]?.[result.table]);
    const onlyGaps = verdict.regressions.length === 0 && verdict.gaps.length > 0;
    const todo = onlyGaps ? todoReason(verdict, result.outcomes.length) : undefined;
    test(`${result.family} · ${result.table}: every rendering gives back the printed rows`, { todo }, () => {
      for (const variant of verdict.closed) {
        console.log(`gap closed: ${result.family} · ${result.table} · ${variant} — delete it from known-gaps.json`);
      }
      if (verdict.regressions.length > 0) throw new Error(failureMessage(verdict));
      if (todo) throw new Error(todo);
    });
  }
  const ceilings = loadSilentCeilings();
  for (const tally of tallyFamilies(results)) {
    test(`${tally.family}: no more silent renderings (wrong, nothing flagged) than known-silent.json records`, () => {
      if (silentFell(tally, ceilings[tally.family])) {
        console.log(`silent fell: ${tally.family} — run write-report.ts --shrink-gaps to lower known-silent.json`);
      }
      const rise = silentRise(tally, ceilings[tally.family]);
      if (rise) throw new Error(rise);
    });
  }
  const alarmCeilings = loadFalseAlarmCeilings();
  for (const tally of tallyFalseAlarms(results, gaps)) {
    test(`${tally.family}: no more exact renderings flagged (false alarms) than known-false-alarms.json records`, () => {
      if (falseAlarmFell(tally, alarmCeilings[tally.family])) {
        console.log(`false alarms fell: ${tally.family} — run write-report.ts --shrink-gaps to lower known-false-alarms.json`);
      }
      const rise = falseAlarmRise(tally, alarmCeilings[tally.family]);
      if (rise) throw new Error(rise);
    });
  }
  after(() => console.log([`${title}:`, ...summaryLines(results)].join('\n')));
}
