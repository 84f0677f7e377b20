import { renderDeck } from './render-deck.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { Report } from './report.ts';
import type { Typeface } from './typefaces.ts';

export { typefaceNames, type Typeface } from './typefaces.ts';

export { buildReport, type ReportInput } from './build-report.ts';
export { renderHtml } from './render-html.ts';
export { renderDocx } from './render-docx.ts';
export { renderDeck } from './render-deck.ts';
export { renderMarkdown } from './render-markdown.ts';
export { renderChartSvg } from './render-chart-svg.ts';
export type * from './report.ts';
export type { BoxItemStatus, ProjectBoxRow } from './project-boxes.ts';

/** The report (docx, html, md) or the briefing deck (pptx) drawn from the same view model. */
export type ReportFormat = 'docx' | 'html' | 'md' | 'pptx';
export const reportFormats: readonly ReportFormat[] = ['docx', 'html', 'md', 'pptx'];

export interface RenderOptions {
  /** standard (宋体/黑体) or official (公文: 小标宋/黑体/楷体/仿宋) */
  readonly typeface?: Typeface;
}

/** The report's bytes in one format (HTML and Markdown as UTF-8). */
export async function renderReport(report: Report, format: ReportFormat, options: RenderOptions = {}): Promise<Buffer> {
  if (format === 'docx') return renderDocx(report, options.typeface);
  if (format === 'pptx') return renderDeck(report, options.typeface);
  return Buffer.from(format === 'html' ? renderHtml(report, options.typeface) : renderMarkdown(report), 'utf8');
}
export { renderTableCsv, renderTableXlsx, addTableSheet, type TableFile, type TableColumn, type TableCell, type ColumnKind } from './table-file.ts';
