/**
 * Index and fund names are no companies. "l'indice Stoxx Europe Aerospace & Defense", "the FTSE All-Share",
 * "the MSCI World": the engine skips the index family's word ("Stoxx", "FTSE") but would read the capitalised
 * words running on from it as a company's name, which then takes a stock's move or a descriptor
 * (« le titre de l'avionneur » read as "Europe Aerospace & Defense"'s). "The Procure Space ETF added 1.4%":
 * an exchange-traded fund's move is no share move of a company. DOMAIN.md's index trap: an index or an ETF is
 * never a share move's company.
 */

/** The family word an index's name opens with ("Stoxx", "FTSE", « l'indice »), in the folded text. */
const INDEX_FAMILY =
  /\b(?:stoxx|ftse|msci|s&p|dow jones|nasdaq|russell|cac|sbf|nikkei|hang seng|topix|iseq|indices?|index)\b/gu;
/** Nothing but capitalised words, figures or "&" between the family word and the name read. */
const NAME_RUN = /^\s+(?:(?:[\p{Lu}\d][\p{L}\p{N}.'’-]*|&)\s+)*$/u;
/** "the Procure Space ETF", "the Bloomberg World Aerospace Index": the name ends with, or is closed by, its kind. */
const FUND_CLOSE = /^\s+(?:UCITS\s+)?ETFs?\b/u;
const FUND_NAME = /\b(?:ETFs?|Index)$/u;

interface Span {
  name: string;
  start: number;
  end: number;
}

/** Whether a name read in the sentence is the rest of an index's name or an exchange-traded fund's. */
export function indexOrFundName(text: string, folded: string, span: Span): boolean {
  if (FUND_NAME.test(span.name) || FUND_CLOSE.test(text.slice(span.end, span.end + 12))) return true;
  const from = Math.max(0, span.start - 60);
  const family = [...folded.slice(from, span.start).matchAll(INDEX_FAMILY)].at(-1);
  return (
    family !== undefined && NAME_RUN.test(text.slice(from + family.index + family[0].length, span.start))
  );
}
