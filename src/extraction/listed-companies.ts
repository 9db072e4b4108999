import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';
import { mostSalient } from './salience.ts';
import type { SentenceContext } from './sentence-context.ts';

/** Cheap literal gate: a sentence with none of these words says nothing of a listing. */
const GATE = /action|titre|cote|share|stock|listed|opa\b|ope\b|offre publique|tender/u;
/** "l'action Escalmont", "le titre de Kering", "les actionnaires d'Ardelys", "shares in Tesco": a stock named by its company. */
const STOCK_BEFORE =
  /\b(?:(?:l'action|le titre|les actions|les titres|actionnaires) (?:de |d'|du )?|(?:shareholders in|shares in|shares of|stock of) (?:the )?(?:[a-z-]+ ){0,3})$/u;
/**
 * "une offre de retrait de la cote sur l'équipementier ferroviaire Vercorail", "a tender offer for X": a
 * public offer is for a listed company, whatever role noun introduces it.
 */
const PUBLIC_BID_BEFORE =
  /\b(?:opa|ope|offre publique[^,.;:]{0,20}|retrait de la cote|offre de retrait[^,.;:]{0,20}|tender offer) (?:sur|de|d'|du|for) ?(?:l'|le |la |the )?(?:[a-z-]+ ){0,3}$/u;
/** "Tarvanel, coté sur Euronext Paris depuis 2018", "Kelmar, which is listed on AIM": a listing told of the name. */
const LISTING_AFTER =
  /^\s*,\s*(?:qui est |which is |that is |itself )?(?:(?:cotee?s?|introduite?s? en bourse) (?:sur|a|au|en|depuis)\b|listed (?:on|in|since)\b)/u;
/**
 * "le titre Zorvane, coté à Londres depuis la scission de Vermeil, a gagné", « l'action de Zorvane, inscrite à la
 * Bourse de croissance TSX, s'est envolée »: the whole listing apposition, to its closing comma.
 */
const LISTING_APPOSED =
  /^\s*,\s*(?:qui est |which is |that is )?(?:(?:cotee?s?|inscrite?s?|introduite?s? en bourse) (?:sur|a|au|en|depuis)\b|(?:listed|quoted|traded) (?:on|in|since)\b)[^,;:()]{0,80},/u;
/** "the Paris-listed packaging group Lanvérac", "AIM-listed Kelmar": a listing told before the name. */
const LISTING_BEFORE = /\b[a-z]+-listed (?:[a-z-]+ ){0,3}$/u;
/** "Ambervale shares rose", "Tesco's stock": the stock right after its company's name. */
const STOCK_AFTER = /^(?:'s?)?\s+(?:shares|stock|share price)\b/u;

/**
 * "une prime de 42 % sur le cours de clôture … valorise Gardelys", "a 30% premium to its closing price": a bid
 * priced against a share price is for a listed company, the sentence's only one.
 */
const PRICE_PREMIUM =
  /\b(?:prime (?:de |d')?[^.;%]{0,16}% (?:sur|par rapport au) (?:le |son )?(?:dernier )?cours|premium (?:of [^.;%]{0,12}% )?(?:to|over|on) (?:the |its )?(?:[a-z'-]+ ){0,2}(?:closing|share|stock|market|undisturbed|trading) price)\b/u;

/**
 * Notes the companies whose stock a sentence names ("l'action X", "X shares", a public offer on X), as
 * written: what a bare "le titre", "l'action", "the stock" of the article may be.
 */
export function noteListed(ctx: SentenceContext, state: ArticleState): void {
  if (!GATE.test(ctx.folded)) return;
  for (const p of ctx.parties) {
    if (p.type !== 'company') continue;
    const before = ctx.folded.slice(Math.max(0, p.start - 90), p.start);
    if (
      STOCK_BEFORE.test(before) ||
      PUBLIC_BID_BEFORE.test(before) ||
      STOCK_AFTER.test(ctx.folded.slice(p.end, p.end + 16)) ||
      LISTING_AFTER.test(ctx.folded.slice(p.end, p.end + 40)) ||
      LISTING_BEFORE.test(before)
    ) {
      state.listed ??= new Set();
      state.listed.add(p.name);
    }
  }
}

/**
 * Where a listing apposition right after a name ends (its closing comma), if one follows: what it says (a
 * market, an index, « depuis la scission ») places the stock, and tells neither the move's index nor its period.
 */
export function listingApposedEnd(folded: string, end: number): number | undefined {
  const m = LISTING_APPOSED.exec(folded.slice(end));
  return m === null ? undefined : end + m[0].length;
}

/**
 * Whether the article quotes this name's stock ("le titre Veltrane a bondi"): a listed company, which no
 * "a fondé Veltrane en 2011" makes a venture the article names.
 */
export function isListedName(state: ArticleState, name: string): boolean {
  const key = state.names.resolve(name)?.name ?? name;
  return [...(state.listed ?? [])].some((n) => n === name || (state.names.resolve(n)?.name ?? n) === key);
}

/**
 * Notes the company a bid priced against its share price is for ("une prime de 42 % sur le cours … valorise
 * Gardelys"), when the sentence names only that one. Read once the article's names are known (a name the
 * registry lacks is a party only then).
 */
export function notePricedTarget(ctx: SentenceContext, state: ArticleState): void {
  if (!PRICE_PREMIUM.test(ctx.folded)) return;
  const companies = new Set(ctx.parties.filter((p) => p.type === 'company').map((p) => p.name));
  if (companies.size !== 1) return;
  state.listed ??= new Set();
  for (const name of companies) state.listed.add(name);
}

/**
 * The company a bare "le titre", "l'action", "the stock" is of when no share move was read yet: the most
 * salient company whose stock the article names somewhere (a news agency or a bidding fund told of last has
 * none), else the article's own company.
 */
export function bareStockOwner(state: ArticleState): PartyMention | undefined {
  const { salience, listed } = state;
  if (salience === undefined || listed === undefined || listed.size === 0) return state.topic;
  const listedOne = mostSalient(salience, (m) => listed.has(m.name));
  // Its offsets were another sentence's: the bare stock word stands at this sentence's start.
  return listedOne === undefined ? state.topic : { ...listedOne, start: 0, end: 0 };
}
