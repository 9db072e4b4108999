/**
 * How the words right after a percentage read it, when a sentence tells a share move beside another figure.
 * Pure helpers on folded text (lower case, accents and curly apostrophes folded), used by find-share-moves.
 */
import type { Direction } from '../claim.ts';

/** Change nouns a figure can head: "a 19% slide", "a 2.4% drop", "une chute de 19 %" (the noun before). */
const UP_NOUNS =
  'rise|rises|gain|gains|jump|jumps|rally|surge|climb|advance|increase|rebound|hausse|progression|bond';
const DOWN_NOUNS =
  'drop|drops|fall|falls|slide|slump|decline|loss|losses|dip|plunge|tumble|sell-off|selloff|retreat|baisse|chute|recul|repli|perte';

/**
 * "after a 19% slide since March", "lost 40% of their value since 2022", "a 12% gain over the past month":
 * what may stand between a figure and the period that makes it a change over a span, not a session's move.
 */
export const TO_PERIOD = new RegExp(
  `^[\\s,]*(?:(?:${UP_NOUNS}|${DOWN_NOUNS})\\s+|(?:of|de) (?:its|their|leur|sa|son) (?:market )?(?:value|valeur|capitali[sz]ation(?: boursiere)?)\\s+)?$`,
  'u',
);

/**
 * "lost more than 60% of their value since 2023", "after a 23% slide since 2024": a span from a year, told right
 * after the figure (before a figure, "listed since 2024" says nothing of the move).
 */
const YEAR_SPAN = new RegExp(`${TO_PERIOD.source.slice(0, -1)}(?:since|depuis) (?:19|20)\\d\\d\\b`, 'u');
export const yearSpanAfter = (after: string) => YEAR_SPAN.test(after);

/**
 * "lost 6% of its subscriber base", "is giving up 15% of its potential distribution", « a perdu 7 % de ses
 * auditeurs »: a share of some other quantity the company owns. Its value, its capitalisation or its price is
 * still the stock ("lost 7% of their value on Wednesday").
 */
const SHARE_OF_OWN =
  /^\s*(?:of|de|d') ?(?:its|their|his|her|ses|son|sa|leur|leurs) (?!(?:market )?value\b|valeur\b|capitali[sz]ation\b|share price\b|stock price\b|cours\b|gains?\b|losses\b|pertes\b)/u;

/**
 * "the bid is 12% higher than the one announced on Monday", "trading 5% below the offer price", « supérieure
 * de 12 % à celle »: a gap between two figures, not a move of the stock.
 */
const GAP =
  /^\s*(?:(?:higher|lower|more|less|cheaper|greater|bigger|smaller) than\b|(?:above|below|under) (?:the|its|their|that|this|what)\b)/u;

/**
 * "The Swiss group's proposal is 12% higher and values …", « l'offre est supérieure de 12 % »: an offer's figure
 * told with a copula compares it with another price; a bid is no stock.
 */
const BID_COPULA =
  /\b(?:bids?|offers?|proposals?|counterbids?|counter-?offers?|counter-?proposals?|offres?|propositions?|contre-offres?|surenchere) (?:is|was|are|were|would be|now stands|est|etait|serait|sera|se situe)(?: (?:about|around|roughly|some|nearly|almost|environ|pres de|superieure? de|inferieure? de|plus eleve de))*\s*[+-]?$/u;

/** "has bought a 30% stake in X", "a 12% holding": the figure heads a stake, the share of a company owned. */
const STAKE_NOUN =
  /^\s*(?:(?:minority|majority|equity|controlling|direct|indirect) )?(?:stake|holding|shareholding|interest)s?\b/u;

/**
 * "processed 3.8 million tickets last year, up 140%", "performed 96,000 procedures last year, up 13%", « a vendu
 * 2,1 millions de billets l'an dernier, en hausse de 20 % »: a verbless change right after a counted quantity (a
 * plural noun) is that quantity's growth. A price is the stock's own ("closed at 12.40 euros, up 3%").
 */
const COUNTED_CHANGE =
  /\d[\d.,]*\s?(?:million|billion|thousand|millions|milliards?|milliers|m|bn|k)?\s+(?:de |d')?((?:[a-z-]+ ){0,2}[a-z-]+[sx])(?: (?:last|this) (?:year|quarter|month|week)| in (?:19|20)\d\d| l'an (?:dernier|passe)| l'annee (?:derniere|passee)| en (?:19|20)\d\d)?\s*,\s*(?:up|down|en (?:hausse|baisse|progression|recul|croissance|augmentation)(?: de| d')?)(?: by)?\s*$/u;
const PRICE_UNIT =
  /\b(?:euros?|dollars?|pounds?|pence|p|cents?|francs?|fcfa|yen|yuan|crowns?|kronor|kroner|rand|naira|dirhams?|points?|pts|a share|per share|l'action|par action)$/u;
const countedChange = (before: string) => {
  const m = COUNTED_CHANGE.exec(before);
  return m !== null && !PRICE_UNIT.test(m[1] ?? '');
};

/**
 * « son résultat net s'établit à 212 millions d'euros, en recul de 3 % », "revenue came in at €1.2bn, up 4%": a
 * verbless change right after the figure a financial quantity reached is that quantity's change, though the
 * figure is money (a price is the stock's own only when the stock reached it: « l'action a clôturé à 12 euros »).
 */
const REACHED_QUANTITY_CHANGE =
  /\b(?:resultats?|chiffre d'affaires|benefices?|produit net bancaire|pnb|ventes|revenue|revenues|profits?|earnings|sales|turnover|(?:net|operating) income|ebitda|ebit)\b(?: [\w'-]+){0,3}? (?:s'etablit|s'etablissait|s'est etablie?|atteint|a atteint|ressort|est ressortie?|totalise|a totalise|stood|stands|came in|reached|totalled|totaled|amounted)(?: a| at| to)? [^,;:]{1,40},\s*(?:up|down|en (?:hausse|baisse|progression|recul|repli|croissance|augmentation|diminution)(?: de| d')?)(?: by)?\s*$/u;
export const reachedQuantityChange = (before: string) => REACHED_QUANTITY_CHANGE.test(before);

/** A figure the words around it read as another quantity than the stock's move of the day. */
export function otherQuantity(before: string, tail: string): boolean {
  return (
    SHARE_OF_OWN.test(tail) ||
    GAP.test(tail) ||
    STAKE_NOUN.test(tail) ||
    BID_COPULA.test(before) ||
    countedChange(before)
  );
}

/** "a 2.4% drop", "an 11% jump": an article then the figure, then the change noun it heads. */
const ARTICLE_BEFORE =
  /\b(?:a|an)(?:\s+(?:further|fresh|sharp|steep|modest|small|slight|near|nearly|almost|roughly|about))?\s*[+-]?$/u;
const NOUN_AFTER = new RegExp(`^\\s*(?:(${UP_NOUNS})|(${DOWN_NOUNS}))\\b`, 'u');

/**
 * "rose 3.2% on Friday, recovering from a 2.4% drop on Thursday": a figure heading its own change noun moves
 * the way that noun says, whatever verb came before it.
 */
export function headedDirection(before: string, tail: string): Direction | undefined {
  if (!ARTICLE_BEFORE.test(before)) return undefined;
  const noun = NOUN_AFTER.exec(tail);
  if (noun === null) return undefined;
  return noun[1] !== undefined ? 'up' : 'down';
}
