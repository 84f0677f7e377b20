import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { Report } from './report.ts';

export { buildReport, type ReportInput } from './build-report.ts';
export { renderHtml } from './render-html.ts';
export { renderDocx } from './render-docx.ts';
export { renderMarkdown } from './render-markdown.ts';
export { renderChartSvg } from './render-chart-svg.ts';
export { svgToPng } from './chart-png.ts';
export type * from './report.ts';
export type { BoxItemStatus, ProjectBoxRow } from './project-boxes.ts';

export type ReportFormat = 'docx' | 'html' | 'md';
export const reportFormats: readonly ReportFormat[] = ['docx', 'html', 'md'];

/** The report's bytes in one format (HTML and Markdown as UTF-8). */
export async function renderReport(report: Report, format: ReportFormat): Promise<Buffer> {
  if (format === 'docx') return renderDocx(report);
  return Buffer.from(format === 'html' ? renderHtml(report) : renderMarkdown(report), 'utf8');
}
export { renderTableCsv, renderTableXlsx, addTableSheet, type TableFile, type TableColumn, type TableCell, type ColumnKind } from './table-file.ts';
