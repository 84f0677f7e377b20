/** 专栏 title ｜ item title (or its first words): the key lead departments and progress records use. */
export const boxItemKey = (box: string, title: string | null, text: string): string => `${box}｜${title ?? text.slice(0, 24)}`;
