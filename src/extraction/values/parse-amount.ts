import { parseNumber } from './parse-percent.ts';

export interface Amount {
  value: number;
  currency: string;
}

const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:€|eur|euros?|d'euros?|m€|md€|mds€|mrd€)$/, 'EUR'],
  [/^(?:\$|usd|dollars?|de dollars?|us\$)$/, 'USD'],
  [/^(?:£|gbp|livres?|de livres?|pounds?)$/, 'GBP'],
  [/^(?:chf|francs suisses?|de francs suisses?)$/, 'CHF'],
];
const SCALES: [RegExp, number][] = [
  [/^(?:milliards?|mds?|mrds?|md|billions?|bn|b)$/, 1e9],
  [/^(?:millions?|m|mln|mn)$/, 1e6],
  [/^(?:mille|k|thousand)$/, 1e3],
];

const NUMBER = String.raw`(\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`;
const SCALE = '(milliards?|mds?|mrds?|md|billions?|bn|b|millions?|mln|mn|m|mille|k|thousand)';
const CUR = String.raw`(€|\$|£|eur|usd|gbp|chf|us\$|euros?|dollars?|livres?|pounds?)`;
// "1,2 milliard d'euros", "300 millions de dollars", "2 Md€", "€1.2bn", "$2 billion", "500 M€".
const AFTER = new RegExp(String.raw`${NUMBER}\s?(?:${SCALE}\b\.?\s?(?:d'|de |of )?)?${CUR}(?![a-z])`, 'gu');
const BEFORE = new RegExp(String.raw`${CUR}\s?${NUMBER}\s?(?:${SCALE}\b)?`, 'gu');
/** "$3.20 a share", "48 euros par action": a price per share is no deal amount. */
const PER_SHARE =
  /^\s*(?:an? |per |each |par |l'|pour chaque |la )?(?:shares?|action|actions|titre|titres|ordinary share|share in cash)\b/u;
const COMPACT = /(\d+(?:[.,]\d+)?)\s?(md|mds|mrd|m)€/gu;

function currencyOf(word: string): string | undefined {
  return CURRENCY_WORDS.find(([re]) => re.test(word))?.[1];
}
function scaleOf(word: string | undefined): number {
  if (word === undefined) return 1;
  return SCALES.find(([re]) => re.test(word))?.[1] ?? 1;
}

/** The first money amount in folded text, normalised to a value and an ISO currency code. */
export function findAmount(folded: string): Amount | undefined {
  COMPACT.lastIndex = 0;
  const compact = COMPACT.exec(folded);
  if (compact !== null) {
    const scale = compact[2] === 'm' ? 1e6 : 1e9;
    return { value: Math.round(parseNumber(compact[1] as string) * scale), currency: 'EUR' };
  }
  const found = [
    ...[...folded.matchAll(AFTER)].map((m) => ({ m, isBefore: false })),
    ...[...folded.matchAll(BEFORE)].map((m) => ({ m, isBefore: true })),
  ]
    .filter(({ m }) => !PER_SHARE.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 24)))
    .sort((a, b) => a.m.index - b.m.index)[0];
  if (found === undefined) return undefined;
  const { m: pick, isBefore } = found;
  const number = isBefore ? pick[2] : pick[1];
  const scaleWord = isBefore ? pick[3] : pick[2];
  const currency = currencyOf((isBefore ? pick[1] : pick[3]) as string);
  if (number === undefined || currency === undefined) return undefined;
  const value = parseNumber(number) * scaleOf(scaleWord);
  if (!Number.isFinite(value) || value <= 0) return undefined;
  return { value: Math.round(value), currency };
}
