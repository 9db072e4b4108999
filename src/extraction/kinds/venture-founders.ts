import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext, Span } from '../sentence-context.ts';

/**
 * "Valtorre et Caudrelle créent Azalor Hydro, une coentreprise …", "Ferrotek and Altrinum will form Axbridge
 * Metals, a 60-40 joint venture": the names listed as the subject of a creation verb whose object is a venture
 * named in apposition are its founders, even when nothing else in the sentence says they are companies.
 */

/** The venture's name in apposition: ", une coentreprise", ", a 60-40 joint venture", ", their new venture". */
const VENTURE_NOUN_AFTER =
  /^\s*,\s*(?:une|la|leur|a|an|the|their) (?:(?:nouvelle|new|future|\d{2}[-/]\d{2}|equally[- ]owned) )?(?:co-?entreprise|joint[- ]venture|venture|societe commune|filiale commune|entreprise commune)\b/u;

/** Right before the venture's name: the creation verb, a day or an auxiliary between them allowed. */
const CREATED_BEFORE =
  /(?:^|\s)(?:cre(?:e|ent|eront|eraient|era|erait|er)|fond(?:e|ent|eront|era|er)|constitu(?:e|ent|eront|er)|lanc(?:e|ent|eront|er)|(?:la )?(?:creation|naissance|constitution|fondation) (?:de|d')|set(?:s|ting)? up|form(?:s|ed|ing)?|creat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|establish(?:es|ed|ing)?)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|officiellement|on \w+day|today|yesterday|officially|formally)\s+)?$/u;

/** Between the last founder and its verb: auxiliaries, modals and adverbs. */
const TO_VERB =
  /^\s+(?:(?:ont|a|vont|va|devraient|doivent|will|would|have|has|had|plan to|plans to|are to|to|also|aussi|officiellement|officialise|officialisent|annoncent|annonce|announced|announce|jointly|conjointement|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin|on \w+day|today|yesterday)\s+)*$/u;

/** Between two founders: a comma or a conjunction, a descriptor ("le recycleur", "la grenobloise") allowed. */
const LISTED_FOUNDER =
  /^\s*(?:,|et|and|&)\s*(?:(?:le|la|l'|les|the|un|une|a|an|son|its)\s*)?(?:[\p{L}-]+\s+){0,3}?$/u;

/**
 * The founders the sentence lists before a creation verb whose object is a venture named in apposition; names
 * the first pass left undecided become companies. `all` are the clause's parties; the result adds to them.
 */
export function ventureFounders(
  ctx: SentenceContext,
  clause: Span,
  all: readonly PartyMention[],
): PartyMention[] {
  const named: { name: string; start: number; end: number; known?: PartyMention }[] = [
    ...all.map((p) => ({ name: p.name, start: p.start, end: p.end, known: p })),
    ...ctx.candidates
      .filter((c) => c.place !== true && c.start >= clause.start && c.end <= clause.end)
      .filter((c) => !all.some((p) => p.start < c.end && p.end > c.start)),
  ].sort((a, b) => a.start - b.start);
  for (let v = 1; v < named.length; v++) {
    const venture = named[v] as (typeof named)[number];
    if (!VENTURE_NOUN_AFTER.test(ctx.folded.slice(venture.end, venture.end + 60))) continue;
    const from = Math.max(clause.start, venture.start - 60);
    const verb = CREATED_BEFORE.exec(ctx.folded.slice(from, venture.start));
    if (verb === null) continue;
    const verbAt = from + verb.index + (/^\s/u.test(verb[0]) ? 1 : 0);
    // The last founder ends right before the verb; the others are listed with it.
    let i = v - 1;
    let last = named[i] as (typeof named)[number];
    if (last.end > verbAt || !TO_VERB.test(ctx.folded.slice(last.end, verbAt))) continue;
    const founders = [last];
    for (i = v - 2; i >= 0; i--) {
      const p = named[i] as (typeof named)[number];
      if (!LISTED_FOUNDER.test(ctx.folded.slice(p.end, last.start))) break;
      founders.unshift(p);
      last = p;
    }
    if (founders.length < 2) continue;
    return founders
      .filter((f) => f.known === undefined)
      .map((f) => ({ name: f.name, type: 'company' as const, known: false, start: f.start, end: f.end }));
  }
  return [];
}
