import { withoutPassedThrough } from '../inserted-clauses.ts';
import type { SentenceContext, Span } from '../sentence-context.ts';
import { findDates } from '../values/find-dates.ts';

/**
 * "installée à Morteau depuis 1912", "founded in 1987": a year that dates a party's history, not the
 * deal. Blanked (same length) before the clause's dates are read, unless a "when" clause tells what
 * happened that year ("since 2026, when they signed an agreement").
 */
const PARTY_HISTORY =
  /\b(?:depuis|since|fondee?s? en|creee?s? en|nee?s? en|founded in|established in|set up in|created in|formed in|dating from|datant de|(?:that|which|qui) (?:began|started|dates back to|goes back to|a (?:commence|debute)|remonte a) (?:in|en))(?: (?:le |l'|the )?(?:\w+ ){0,2})?\d{4}\b(?!,? (?:when|lorsque|quand|year in which|annee ou|date a laquelle)\b)/gu;

/**
 * "un accord qui court jusqu'en 2031", "an offtake deal through 2034", "d'ici à 2030": the year ends a term
 * or sets a deadline; it does not date the deal.
 */
const TERM_END =
  /\b(?:jusqu'(?:en|a|au) |until |till |through |d'ici (?:a |la fin )?|by (?:the end of )?)(?:\w+ )?\d{4}\b/gu;

/**
 * "X, qui avait mené des discussions avec Y", "X, which had held talks with Y": a relative clause in the
 * pluperfect. "which Bloomberg had reported to be circling Y": a report in the pluperfect dates the
 * report, not the deal.
 */
const PLUPERFECT_RELATIVE =
  /^\s*,\s*(?:qui|which|who) (?:\w+ )?(?:avait|avaient|had)\b(?! (?:\w+ )?(?:ete|been)\b)(?! (?:reported|said|claimed|suggested|written|revealed|dit|rapporte|affirme|ecrit|revele|annonce)\b)/u;

/**
 * A deal an inserted relative clause recalls in the pluperfect is background to the sentence's news:
 * it gives no claim of its own ("Société Générale, qui avait mené des discussions avec Payvéa l'an
 * dernier, a choisi …").
 */
export function isRecalled(ctx: SentenceContext, at: number): boolean {
  for (const a of ctx.inserted)
    if (at >= a.open && at < a.clause.end && PLUPERFECT_RELATIVE.test(ctx.folded.slice(a.open, a.open + 40)))
      return true;
  return false;
}

/**
 * "a month after the chip designer announced a licensing deal with X", "deux ans après l'échec de discussions",
 * "depuis l'annonce de son alliance avec Y": a time clause measured from an earlier deal. Weeks at least: "a
 * day after X completed its takeover of Y" still tells the news.
 */
const DATED_FROM =
  /\b(?:(?:weeks?|months?|years?) after|(?:semaines?|mois|an|ans|annee|annees) apres|depuis (?:l'annonce|la signature|l'officialisation|la conclusion|la finalisation))(?: [\w'-]+){0,8} ?$/u;
/** "Après le renouvellement de son contrat avec X, …", "Une semaine après avoir cédé sa division à Y, …": fronted. */
const FRONTED_AFTER =
  /^[\s«"]*(?:[\w-]+ ){0,3}apres (?:avoir|l'|le |la |les |son |sa |ses |leur )(?: ?[\w'-]+){0,8} ?$/u;

/** "Le rachat intervient deux ans après …", "the deal comes a year after …": the deal word, then a time clause. */
const FOLLOWS_AFTER =
  /^[\w'-]+ (?:[\w'-]+ )?(?:intervient|interviennent|survient|arrive|comes|came|follows|followed) (?:[\w-]+ ){0,3}(?:apres|after)\b/u;

/**
 * A deal the sentence tells only as the time of its news ("Une semaine après avoir cédé sa division à Y,
 * X entend …") is background: a past event recalled as a date, no claim of this article.
 */
export function recalledAsDate(folded: string, at: number): boolean {
  // "Le rachat intervient deux ans après l'échec de discussions entre X et Y": the deal word stands for the
  // story's deal, and the names the time clause gives are the older event's.
  if (FOLLOWS_AFTER.test(folded.slice(at, at + 60))) return true;
  const before = folded.slice(Math.max(0, at - 140), at);
  if (!before.includes('after') && !before.includes('apres') && !before.includes('depuis')) return false;
  return DATED_FROM.test(before) || (at < 140 && FRONTED_AFTER.test(before));
}

/** A deal dated years before publication ("which bought into Kestrel in 2016") is background, not news. */
export function isOldEvent(ctx: SentenceContext, clause: Span): boolean {
  const published = ctx.published;
  if (published === undefined) return false;
  // "Lumaro, qui avait racheté Fendel en 2024, a signé …": the inserted clause's year dates its own event.
  const folded =
    ctx.inserted.length > 0 ? withoutPassedThrough(ctx.folded, ctx.inserted, clause) : ctx.folded;
  const blank = (m: string) => ' '.repeat(m.length);
  const text = folded.slice(clause.start, clause.end).replace(PARTY_HISTORY, blank).replace(TERM_END, blank);
  const dates = findDates(text, ctx.rules, published);
  // "signed a battery supply agreement with Samsung SDI in 2027", in a 2028 article: a bare year, the
  // last one, dates a deal of the company's past too; a month ("in December 2027") may still be news.
  return (
    dates.length > 0 &&
    dates.every((d) => {
      const y = Number(d.date.slice(0, 4));
      return y <= published.y - 2 || (y === published.y - 1 && d.precision === 'year');
    })
  );
}
