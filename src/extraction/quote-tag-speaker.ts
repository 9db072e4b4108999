import type { PartyMention } from './find-parties.ts';
import type { SentenceContext, Span } from './sentence-context.ts';

const QUOTE_OPEN = /[«"“]/gu;
const QUOTE_CLOSE = /[»"”]/u;
/** After the closing quote, a speech verb up to the speaker's company: "», confie un cadre d'". */
const TAG_BEFORE_COMPANY =
  /^[\s,]*(?:(?:a|ont|avait) )?(?:[\p{L}'-]+\s+){0,3}?(?:said|says|told|added|insisted|stressed|declared|admitted|conceded|confided|declare|martele|affirme|assure|insiste|souligne|indique|precise|ajoute|explique|tranche|confie|glisse|raconte|reconnait|admet|lache|temoigne|confirme)\b[^«»"“”]{0,60}?(?:\b(?:de|du|des|of|at|chez|for)\s+|\bd')(?:la |le |l'|the )?$/u;
/** "…," Jadewell's chief executive told: the company owns the officer who speaks. */
const OWNER_BEFORE_TAG =
  /^(?:'s?)? (?:(?:new|current|outgoing|interim|acting|deputy|senior)\s+)?(?:chief executive(?: officer)?|ceo|chief [a-z]+ officer|cfo|coo|cto|spokes(?:man|woman|person)|president|chair(?:man|woman)?|co-?founder|founder|managing director|boss|head of [a-z]+|general manager|executive|manager|official)(?:,[^,]{0,40},| [a-z'-]+(?: [a-z'-]+)?)?\s+(?:said|says|told|added|insisted|stressed|declared|wrote|admitted|conceded)\b/u;

/** Someone who comments from outside: their firm is no side of the deal. */
const OUTSIDER =
  /\b(?:analyste|analyst|economiste|economist|consultant|expert|observateur|observer|banquier|banker|courtier|broker|investisseur|investor|gerant de fonds|fund manager|strategist|stratege|avocat|lawyer)s?\b/u;

/** A tag that shows an outside commentator ("relève X, chez Courtial Finance, qui relève son objectif de cours"). */
const OUTSIDE_TAG = /\b(?:objectifs? de cours|price target|target price|recommandation|rating on)\b/u;

/** Whether the words after a quotation present its speaker as commenting from outside the deal. */
export function outsiderTag(folded: string, quoteEnd: number): boolean {
  const tag = folded.slice(quoteEnd, quoteEnd + 200);
  // "Orange's chief executive told analysts": the audience is no commentator.
  const speaker = tag.slice(0, 70).replace(AUDIENCE, '');
  return OUTSIDER.test(speaker) || OUTSIDE_TAG.test(tag);
}
const AUDIENCE =
  /\b(?:told|to|with|for|devant|aux?) (?:\w+ )?(?:analysts|investors|analystes|investisseurs)\b/gu;

const QUOTE_SPAN = /«[^»]*»|“[^”]*”|"[^"]*"/gu;

/** Every closed quotation of a sentence (its text or its folded form: the offsets agree), marks included. */
export function quoteSpans(text: string): Span[] {
  return [...text.matchAll(QUOTE_SPAN)].map((q) => ({ start: q.index, end: q.index + q[0].length }));
}

/**
 * "'We are not in talks with Stakeford,' a Flutter spokesman said": the British single quotes of a quotation that
 * opens the sentence and closes on its punctuation before the tag (an apostrophe inside, "we're", closes nothing).
 */
const SINGLE_QUOTED = /^'[^']*?(?:'[\p{L}][^']*?)*?[,.!?]'(?=\s)/u;

function singleQuoted(folded: string): Span | undefined {
  if (!folded.startsWith("'")) return undefined;
  const m = SINGLE_QUOTED.exec(folded);
  return m === null ? undefined : { start: 0, end: m[0].length };
}

/** The quotation holding `at`, from its opening mark to just after its closing one; undefined outside a quote. */
export function quoteAround(folded: string, at: number): { start: number; end: number } | undefined {
  const single = singleQuoted(folded);
  if (single !== undefined && at > single.start && at < single.end) return single;
  let open = -1;
  QUOTE_OPEN.lastIndex = 0;
  for (const m of folded.slice(0, at).matchAll(QUOTE_OPEN)) open = m.index;
  if (open < 0 || QUOTE_CLOSE.test(folded.slice(open + 1, at))) return undefined;
  const close = folded.slice(at).search(QUOTE_CLOSE);
  return close < 0 ? undefined : { start: open, end: at + close + 1 };
}

/**
 * « Le rapprochement avec Dunmere est bouclé », confie un cadre d'Eastholt: the company whose member
 * speaks the quote holding `at`, named in the tag right after it; undefined outside a quote.
 */
export function quoteTagSpeaker(ctx: SentenceContext, at: number): PartyMention | undefined {
  const folded = ctx.folded;
  const quote = quoteAround(folded, at);
  if (quote === undefined) return undefined;
  const after = quote.end;
  const tagged = ctx.parties.find((p) => p.start >= after);
  if (tagged === undefined) return undefined;
  const gap = folded.slice(after, tagged.start);
  if (outsiderTag(folded, after)) return undefined;
  if (TAG_BEFORE_COMPANY.test(gap)) return tagged;
  // "…," Jadewell's chief executive told; "…," an SAP spokesman said.
  if (/^[\s,]*(?:an? |the )?$/u.test(gap) && OWNER_BEFORE_TAG.test(folded.slice(tagged.end, tagged.end + 70)))
    return tagged;
  return undefined;
}
