/**
 * Reads the dates feeds write: RFC 822 (RSS pubDate, with the zone names and two-digit years of old
 * feeds, and the French month and day names some French publishers emit), ISO 8601 / W3C-DTF (Atom,
 * dc:date, dcterms), compact ISO forms. Returns an ISO-8601 instant, or undefined when the text is
 * not a date: a wrong date is worse than none.
 */
export function parseFeedDate(raw: string | undefined): string | undefined {
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const instant = parseIso(text) ?? parseRfc822(text);
  if (instant === undefined || Number.isNaN(instant)) return undefined;
  const year = new Date(instant).getUTCFullYear();
  if (year < 1970 || year > 2200) return undefined;
  return new Date(instant).toISOString();
}

const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseIso(text: string): number | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', fraction = '0', zone] =
    match;
  const millis = Math.round(Number(`0.${fraction}`) * 1000);
  const local = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    millis,
  );
  if (!validParts(Number(month), Number(day), Number(hour), Number(minute), Number(second)))
    return Number.NaN;
  // A date without a zone is read as UTC, as feed readers have always done.
  return local - offsetMinutes(zone) * 60_000;
}

function validParts(month: number, day: number, hour: number, minute: number, second: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 24 && minute <= 59 && second <= 60;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const ZONES: Record<string, string> = {
  UT: '+0000',
  UTC: '+0000',
  GMT: '+0000',
  Z: '+0000',
  EST: '-0500',
  EDT: '-0400',
  CST: '-0600',
  CDT: '-0500',
  MST: '-0700',
  MDT: '-0600',
  PST: '-0800',
  PDT: '-0700',
  CET: '+0100',
  CEST: '+0200',
  MET: '+0100',
  MEST: '+0200',
  BST: '+0100',
  WET: '+0000',
  WEST: '+0100',
};

const MONTHS: Record<string, number> = {
  jan: 0,
  janv: 0,
  janvier: 0,
  feb: 1,
  fev: 1,
  fevr: 1,
  fevrier: 1,
  mar: 2,
  mars: 2,
  apr: 3,
  avr: 3,
  avril: 3,
  may: 4,
  mai: 4,
  jun: 5,
  juin: 5,
  jul: 6,
  juil: 6,
  juillet: 6,
  aug: 7,
  aou: 7,
  aout: 7,
  sep: 8,
  sept: 8,
  septembre: 8,
  oct: 9,
  octobre: 9,
  nov: 10,
  novembre: 10,
  dec: 11,
  decembre: 11,
};

const RFC822 =
  /^(?:[\p{L}]+\.?,?\s*)?(\d{1,2})[\s-]+([\p{L}]+)\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,5})?$/u;

function parseRfc822(text: string): number | undefined {
  const match = RFC822.exec(text);
  if (!match) return fallbackParse(text);
  const [, day, monthName = '', yearText = '', hour = '0', minute = '0', second = '0', zone] = match;
  const month = MONTHS[monthName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
  if (month === undefined) return fallbackParse(text);
  let year = Number(yearText);
  // Two-digit years in old RSS: 70-99 are the 1900s, the rest this century.
  if (yearText.length === 2) year += year >= 70 ? 1900 : 2000;
  const local = Date.UTC(year, month, Number(day), Number(hour), Number(minute), Number(second));
  if (!validParts(month + 1, Number(day), Number(hour), Number(minute), Number(second))) return Number.NaN;
  const offset = zone ? (ZONES[zone.toUpperCase()] ?? zone) : '+0000';
  return local - offsetMinutes(/^[+-]/.test(offset) ? offset : '+0000') * 60_000;
}

function fallbackParse(text: string): number | undefined {
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : parsed;
}
