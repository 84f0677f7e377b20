import type { CliIo } from './command.ts';

const width = 30;

/** `\r[#####.....] 12/40 label`: one line redrawn in place. */
export function progressBar(done: number, total: number, label: string): string {
  const filled = total ? Math.round((done / total) * width) : width;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`;
}

/**
 * Progress of a long step on stderr, so stdout stays the result: on a terminal the bar is redrawn in
 * place; otherwise (a log file, CI) one bar line at each tenth, so a million rows print ~10 lines per phase.
 * Steps shorter than `from` items show nothing.
 */
export function progressReporter(io: CliIo, from = 5000): (done: number, total: number, label: string) => void {
  let shownLabel = '';
  let shownTenth = -1;
  return (done, total, label) => {
    if (total < from) return;
    const tenth = total ? Math.floor((done / total) * 10) : 10;
    if (io.isTTY) {
      io.stderr(progressBar(done, total, label) + (done === total ? '\n' : ''));
      return;
    }
    if (label === shownLabel && tenth === shownTenth) return;
    shownLabel = label;
    shownTenth = tenth;
    io.stderr(`${progressBar(done, total, label).slice(1)}\n`);
  };
}
