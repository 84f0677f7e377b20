import { defaultTopics, type Topic } from '../search/index.ts';
import { indexPendingPlans, listPlanRows, type Sql } from '../storage/index.ts';

export interface PlanTopic {
  readonly topic: string;
  readonly passages: number;
  /** share of the plan's text (characters of matching paragraphs / all paragraphs), 0–1 */
  readonly share: number;
  /** quantified targets on the topic: indicator rows and text targets whose wording names it */
  readonly targets: Array<{ readonly name: string; readonly raw: string; readonly line: number }>;
}

export interface TopicComparison {
  readonly topics: string[];
  readonly plans: Array<{ readonly id: number; readonly title: string | null; readonly region: string | null; readonly topics: PlanTopic[] }>;
}

/** How much each plan says on each topic (户籍, 公共服务, 城市更新 …), side by side. */
export async function compareTopics(sql: Sql, topics: readonly Topic[] = defaultTopics): Promise<TopicComparison> {
  await indexPendingPlans(sql);
  const plans = (await listPlanRows(sql)).filter((p) => p.state === 'current');
  const result: TopicComparison['plans'] = [];
  for (const plan of plans) {
    const passages = await sql.query<{ text: string }>("SELECT text FROM search_passages WHERE plan_id = $1 AND kind IN ('paragraph', 'box-item')", [plan.id]);
    const targets = await sql.query<{ name: string; raw: string | null; line: number }>(
      // current targets only (no 十三五 completion rows); a tracked text target is both an indicator row and a text target
      `SELECT i.name, i.target->>'raw' AS raw, i.line FROM indicators i LEFT JOIN indicator_tables t ON t.id = i.table_id
         WHERE i.plan_id = $1 AND t.kind IS DISTINCT FROM 'completion'
       UNION SELECT indicator, target->>'raw', line FROM text_targets WHERE plan_id = $1 ORDER BY line`,
      [plan.id],
    );
    const total = passages.reduce((n, p) => n + p.text.length, 0) || 1;
    result.push({
      id: plan.id, title: plan.title, region: plan.regionFullName,
      topics: topics.map((topic) => {
        const about = passages.filter((p) => mentions(p.text, topic));
        return {
          topic: topic.name,
          passages: about.length,
          share: Math.round((about.reduce((n, p) => n + p.text.length, 0) / total) * 10000) / 10000,
          targets: targets.filter((t) => mentions(t.name, topic)).map((t) => ({ name: t.name, raw: t.raw ?? '', line: t.line })),
        };
      }),
    });
  }
  return { topics: topics.map((t) => t.name), plans: result };
}

const mentions = (text: string, topic: Topic) => topic.words.some((word) => text.includes(word));

/** Topics named on the command line or in a request: known names, or a new topic of that one word. */
export function topicsByName(names: readonly string[]): Topic[] {
  return names.map((name) => defaultTopics.find((t) => t.name === name) ?? { name, words: [name] });
}
