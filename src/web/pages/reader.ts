import { api } from '../api.ts';
import { h, message, mount } from '../dom.ts';
import type { PageContext } from '../main.ts';
import type { OutlineNode, Plan, PlanIndicator, PlanIndicators, PlanLine } from '../../server/api-types.ts';

const numberPattern = /[≥≤<>＞＜]?\d+(?:\.\d+)?\s*(?:%|％|万人|亿元|万元|公里|平方米|个|项|年)?/g;

/** The plan as printed: outline on the left, text on the right with extracted numbers highlighted and linked. */
export async function readerPage(ctx: PageContext): Promise<void> {
  const base = `/api/plans/${encodeURIComponent(ctx.params[0])}`;
  const [{ plan, indicators }, outline, lines] = await Promise.all([
    api.get<PlanIndicators>(`${base}/indicators`),
    api.get<OutlineNode[]>(`${base}/outline`).catch((error: Error) => error),
    api.get<PlanLine[]>(`${base}/text`),
  ]);
  const byLine = new Map(indicators.map((i) => [i.line, i]));
  const text = h('div', { class: 'reader-text' }, ...lines.map((l) => lineElement(plan.id, l, byLine.get(l.line))));
  mount(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '总览'), ' › ', h('a', { href: `#/plans/${plan.id}` }, plan.title ?? plan.sourceFile), ' › 原文'),
    h('div', { class: 'reader' }, h('nav', { class: 'outline card' }, h('h2', {}, '目录'), outline instanceof Error ? message(`目录未能读取：${outline.message}`, 'error') : outlineList(outline)), text),
  );
  const wanted = Number(ctx.query.get('line'));
  if (wanted) document.getElementById(`L${wanted}`)?.scrollIntoView({ block: 'center' });
}

function outlineList(nodes: OutlineNode[]): HTMLElement {
  return h(
    'ul',
    {},
    ...nodes.map((n) =>
      h('li', {}, h('a', { href: `#L${n.line}`, onclick: (e: Event) => { e.preventDefault(); document.getElementById(`L${n.line}`)?.scrollIntoView(); } }, `${n.label} ${n.title}`), n.children.length ? outlineList(n.children) : null),
    ),
  );
}

/** A line with its numbers marked; a line holding an indicator row links to that indicator. */
function lineElement(planId: number, line: PlanLine, indicator: PlanIndicator | undefined): HTMLElement {
  const p = h('p', { id: `L${line.line}`, class: indicator ? 'row-line' : '' }, h('span', { class: 'ln' }, line.line));
  let at = 0;
  for (const match of line.text.matchAll(numberPattern)) {
    p.append(line.text.slice(at, match.index));
    const mark = h('mark', {}, match[0]);
    p.append(indicator ? h('a', { href: `#/plans/${planId}/indicators/${indicator.id}`, title: indicator.name }, mark) : mark);
    at = match.index! + match[0].length;
  }
  p.append(line.text.slice(at));
  return p;
}
