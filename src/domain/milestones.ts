import type { ProgressStatus } from './evaluation.ts';

/**
 * The one milestone vocabulary (里程碑词): the words a qualitative target's yearly value, a
 * completion table's actual cell and a 专栏 item's progress may be, each with the status it
 * decides (evaluation.md: 完成/建成/实现/达到 meet a qualitative target). The web, the API, the
 * CLI, file import and the evaluation all read this table and nothing else.
 */
export const milestoneStatus: Readonly<Record<string, ProgressStatus>> = {
  完成: 'achieved',
  已完成: 'achieved',
  建成: 'achieved',
  已建成: 'achieved',
  实现: 'achieved',
  已实现: 'achieved',
  达到: 'achieved',
  基本完成: 'on-track',
  基本建成: 'on-track',
  推进中: 'on-track',
  在建: 'on-track',
  进行中: 'on-track',
  开工: 'on-track',
  前期工作: 'on-track',
  未启动: 'lagging',
  未开工: 'lagging',
  滞后: 'lagging',
};

/** Every milestone word, in the order a form offers them: not begun → under way → done. */
export const milestoneWords: readonly string[] = [
  '未启动', '未开工', '前期工作', '开工', '在建', '推进中', '进行中', '滞后', '基本完成', '基本建成',
  '完成', '已完成', '建成', '已建成', '实现', '已实现', '达到',
];

/** The word itself when it is a milestone word (white space and width ignored), else null. */
export function milestoneWord(text: string | null | undefined): string | null {
  if (text == null) return null;
  const word = text.normalize('NFKC').replace(/\s+/g, '');
  return Object.hasOwn(milestoneStatus, word) ? word : null;
}

export const isMilestoneWord = (text: string | null | undefined): boolean => milestoneWord(text) !== null;
