/**
 * A table's label as plans print it: 表1, 表2-1, 表三, and 附表 with or without a number (a table in the
 * appendix: 附表, 附表1, 附表2-3). A bare 表 is no label (表彰, 表明); 附表 alone is.
 */
const NUMBER = '[0-9０-９一二三四五六七八九十]+(?:\\s*[-－—.．]\\s*[0-9０-９]+)?';
const LABEL = `(?:附\\s*表(?:\\s*${NUMBER})?|表\\s*${NUMBER})`;

/** A line that opens with a label: 表2-1 …, 附表：…, 附表1（…）. */
export const TABLE_LABEL = new RegExp(`^${LABEL}(?:\\s|[:：、.．（(]|$)`);

/** A label alone on its line, its title on the line after (表1 / “十四五”时期主要指标; 附表 / …主要指标). */
export const BARE_TABLE_LABEL = new RegExp(`^${LABEL}[:：]?$`);
