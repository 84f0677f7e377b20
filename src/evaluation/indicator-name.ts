/**
 * Matching an observation's indicator name to a plan's: exact, then normalised, then known synonyms.
 * A small stand-in until the indicator catalogue (src/domain/catalog) exports its matcher.
 */
export type NameMatch = 'exact' | 'normalized' | 'synonym';

/** Rewrites that make two spellings of the same quantity equal (applied after normalising). */
const synonyms: ReadonlyArray<readonly [RegExp, string]> = [
  [/比率/g, '比例'],
  [/建城区/g, '建成区'],
  [/(年均)?增速/g, '增长'],
  [/年均增长(率)?/g, '增长'],
  [/增长率/g, '增长'],
  [/^全体居民/, '居民'],
  [/占gdp(的)?比重/g, '占地区生产总值比重'],
  [/^gdp/g, '地区生产总值'],
  [/r&d|研究与试验发展/g, '研发'],
  [/(达到或)?(好于|优于)/g, '优于'],
  [/iii|ⅲ/g, '3'],
  [/的/g, ''],
];

/** NFKC width, lower case, no spaces, no numbering (1．), no bracketed units or notes. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^\d+[.．、)]/, '')
    .replace(/[(（\[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[“”"'‘’、，,。·:：;；*＊]/g, '');
}

const canonicalName = (name: string): string =>
  synonyms.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), normalizeName(name));

/** How two indicator names match, or undefined when they name different quantities. */
export function matchName(a: string, b: string): NameMatch | undefined {
  if (a === b) return 'exact';
  if (normalizeName(a) === normalizeName(b)) return 'normalized';
  if (canonicalName(a) === canonicalName(b)) return 'synonym';
  return undefined;
}

/** The names' shared key for grouping (the synonym-level canonical form). */
export const nameKey = canonicalName;

/**
 * Whether an observation's region is the plan's: the same name, or the plan's name with its
 * parents before it (连云港市海州区 for 海州区).
 */
export function matchesRegion(observationRegion: string, planRegion: string | null): boolean {
  if (!planRegion) return true;
  const obs = normalizeName(observationRegion);
  const plan = normalizeName(planRegion);
  return obs === plan || (plan.length >= 2 && obs.endsWith(plan) && /[省市区县州盟旗]$/.test(obs.slice(0, -plan.length)));
}
