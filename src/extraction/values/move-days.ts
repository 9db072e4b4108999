/**
 * Readings of tense and reference that tell which day a share move's figure belongs to (find-share-moves.ts
 * picks the day). Pure functions.
 */
import type { SentenceContext } from '../sentence-context.ts';
import { type DateMatch, findDates, findRelativeDays } from './find-dates.ts';

/** "après avoir cédé 0,6 % la veille", "after falling 1% the day before": the eve of the move it precedes. */
export const EVE = /^(?:la veille|la seance precedente|the day before|the previous (?:day|session))\b/u;

/** "s'était envolé", "had jumped": a move told in the pluperfect, before the session the report is about. */
export const PLUPERFECT_VERB =
  /\b(?:avait|avaient|s'etait|s'etaient|etait (?:monte|remonte|descendu|tombe|passe)e?|had (?:been |already |previously )?[a-z]+(?:ed|en)|had (?:risen|fallen|sunk|shed|lost|gained|jumped|soared|slumped|dropped|climbed|surged|sent|put|hit|cut|left))\b/u;

/** How far back a figure's own verb may stand: « avait bondi de », "had surged by almost". */
const VERB_REACH = 40;

/** A relative clause opening the figure's phrase: ", qui avait bondi de", ", which had surged". */
const RELATIVE = /^\s*(?:qui|dont|which|whose|who)\b/u;

/**
 * Whether the figure at `figureIndex` is recalled in a relative clause in the pluperfect: its own phrase (after
 * the last comma or semicolon before it) opens on a relative pronoun and its verb is a pluperfect ("Le titre,
 * qui avait bondi de 7,9 %", "Talmont shares, which had surged 12.6%"). Such a clause is background set inside
 * the sentence; a pluperfect in a main clause ("had closed up 14% on Friday, and X slipped 0.7% the same day")
 * frames the whole sentence instead.
 */
export function recalledInRelative(folded: string, figureIndex: number): boolean {
  const from = Math.max(0, figureIndex - VERB_REACH);
  const phrase = folded.slice(from, figureIndex);
  const own = phrase.slice(Math.max(phrase.lastIndexOf(','), phrase.lastIndexOf(';')) + 1);
  return RELATIVE.test(own) && PLUPERFECT_VERB.test(own);
}

/** What may stand before a day opening its sentence: "Vendredi, …", "On Friday, …", "Ce lundi, …". */
const OPENING = /^\s*(?:(?:on|ce|le|des) )?$/u;
/** A day opening the sentence is a fronted adverbial when a comma closes it ("Vendredi soir, …"). */
const FRONTED_DAY_END = /^(?: (?:soir|matin|apres-midi|evening|morning|afternoon))?\s*,/u;

/**
 * "Vendredi, quelques heures avant l'annonce, l'action X avait encore gagné 2,1 %": a day fronted at the head of
 * the sentence, before a comma, frames the sentence's first clause whatever the phrases set between, as long as
 * no company is named there (the clause it frames is then another subject's). `from`: where the move's clause
 * starts; `names`: where the sentence names companies.
 */
export function openingDay<D extends { index: number; end: number }>(
  folded: string,
  days: readonly D[],
  from: number,
  names: readonly { start: number; end: number }[],
): D | undefined {
  const d = days[0];
  if (d === undefined || d.end > from) return undefined;
  if (!OPENING.test(folded.slice(0, d.index)) || !FRONTED_DAY_END.test(folded.slice(d.end))) return undefined;
  return names.some((p) => p.start >= d.end && p.end <= from) ? undefined : d;
}

/** The days a sentence names, in text order, but an eve ("révélée la veille par La Tribune" dates an earlier event). */
function namedDays(s: SentenceContext, ctx: SentenceContext): DateMatch[] {
  return [
    ...findDates(s.folded, ctx.rules, ctx.published).filter((d) => d.precision === 'day'),
    ...findRelativeDays(s.sentence.text, s.folded, ctx.rules, ctx.published),
  ]
    .filter((d) => !EVE.test(s.folded.slice(d.index)))
    .sort((a, b) => a.index - b.index);
}

/** « le jour de l'annonce », "on the day of the announcement", "the day the deal was announced". */
const ANNOUNCEMENT_DAY =
  /\b(?:le jour (?:meme )?de (?:l'annonce|l'officialisation)|the day (?:of the announcement|(?:it|the deal|the agreement|the acquisition|the bid|the offer) was announced))\b/u;
/** A verb of announcing right before a day: « ont annoncé lundi 14 février », "announced on Monday". */
const ANNOUNCED_ON =
  /\b(?:annonce|annoncee|annonces|annoncees|officialise|officialisee|officialises|devoile|devoilee|announced|unveiled|confirmed|a confirme|ont confirme)\s+(?:(?:on|ce|le)\s+)?$/u;
/** How many sentences back in its paragraph "that day" may reach. */
const SAME_DAY_REACH = 3;

/**
 * The day "that day", « le même jour » point back to: the last day named by the sentence before, else by an
 * earlier sentence of the same paragraph, the nearest first ("Reuters reported on Wednesday that X is in
 * talks. X declined to comment. Its shares fell 2.8% that day"). « Le jour de l'annonce », "on the day of
 * the announcement": the day the article last told an announcement on (« ont annoncé lundi 14 février »).
 * `sentences`: the article's body sentences, `ctx` among them; `reach`: how many sentences back to look.
 */
export function dayBefore(
  ctx: SentenceContext,
  sentences: readonly SentenceContext[] | undefined,
  reach = SAME_DAY_REACH,
): string | undefined {
  const at = sentences?.indexOf(ctx) ?? -1;
  if (sentences === undefined || at < 1) return undefined;
  if (ANNOUNCEMENT_DAY.test(ctx.folded)) {
    for (let i = at - 1; i >= 0; i--) {
      const s = sentences[i] as SentenceContext;
      const told = namedDays(s, ctx).filter((d) =>
        ANNOUNCED_ON.test(s.folded.slice(Math.max(0, d.index - 30), d.index)),
      );
      if (told.length > 0) return told.at(-1)?.date;
    }
    return undefined;
  }
  for (let i = at - 1; i >= 0 && at - i <= reach; i--) {
    const s = sentences[i] as SentenceContext;
    // A heading or a skipped line in between ends the story told (a live page's time stamp); past the
    // sentence right before, only the move's own paragraph.
    if (s.index !== (sentences[i + 1] as SentenceContext).index - 1) break;
    if (i < at - 1 && s.sentence.paragraph !== ctx.sentence.paragraph) break;
    const day = namedDays(s, ctx).at(-1);
    if (day !== undefined) return day.date;
  }
  return undefined;
}
