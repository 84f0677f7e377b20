/**
 * The report's typefaces: `standard` (宋体 body, 黑体 headings) or `official`, the 党政机关公文格式
 * (GB/T 9704): 方正小标宋简体 for the title, 黑体 for first-level headings, 楷体 for second-level ones and
 * 仿宋_GB2312 for the body. A reader without those fonts sees the next one installed (HTML) or the
 * substitute Word chooses; the names are those Chinese offices have installed.
 */
export type Typeface = 'standard' | 'official';

export const typefaceNames: readonly Typeface[] = ['standard', 'official'];

interface WordFont {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
}

export interface TypefaceSet {
  readonly word: { readonly title: WordFont; readonly heading: WordFont; readonly subheading: WordFont; readonly body: WordFont };
  /** body text size in half-points (10.5 pt 五号; 16 pt 三号 for 公文) */
  readonly bodySize: number;
  readonly css: { readonly title: string; readonly heading: string; readonly body: string };
}

const latin = { ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const sans = '"Noto Sans CJK SC","Heiti SC",SimHei,sans-serif';

export const typefaces: Record<Typeface, TypefaceSet> = {
  standard: {
    word: {
      title: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' }, heading: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' },
      subheading: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' }, body: { ...latin, eastAsia: '宋体' },
    },
    bodySize: 21,
    css: { title: sans, heading: sans, body: '"Noto Serif CJK SC","Songti SC",SimSun,serif' },
  },
  official: {
    word: {
      title: { ...latin, eastAsia: '方正小标宋简体' }, heading: { ...latin, eastAsia: '黑体' },
      subheading: { ...latin, eastAsia: '楷体_GB2312' }, body: { ...latin, eastAsia: '仿宋_GB2312' },
    },
    bodySize: 32,
    css: {
      title: `"方正小标宋简体","FZXiaoBiaoSong-B05S","小标宋",${sans}`,
      heading: sans,
      body: '"仿宋_GB2312","FangSong_GB2312","仿宋",FangSong,STFangsong,"Noto Serif CJK SC",serif',
    },
  },
};
