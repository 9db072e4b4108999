import type { SentenceContext } from './sentence-context.ts';

/** "les deux groupes", "the two companies": a subject that counts two companies the article has named. */
const PAIR_ANAPHOR =
  /\b(?:les deux (?:societes|groupes|entreprises|partenaires|firmes|maisons|industriels|editeurs|acteurs|pme|specialistes)|the two (?:companies|groups|firms|partners|businesses|sides)|both (?:companies|groups|firms))\b/u;

/** Only a fronted adverbial ("Après dix-huit mois de discussions, ", "On Monday, ") may open before the pair. */
const SUBJECT_LEAD = /^(?:|.{0,60}, )$/u;
const COORDINATION = /^ (?:et|and) $/u;

/**
 * "Treviane et Mirebaut se connaissent … Les deux groupes ont signé": two unknown names coordinated as
 * a subject, that the same or the next sentence counts as "the two companies", are two companies.
 */
export function pairedNames(ctx: SentenceContext, previous: SentenceContext | undefined): string[] {
  if (!PAIR_ANAPHOR.test(ctx.folded)) return [];
  const found: string[] = [];
  for (const s of previous === undefined ? [ctx] : [previous, ctx]) {
    const names = [
      ...s.candidates.map((c) => ({ ...c, known: false })),
      ...s.parties.filter((p) => p.type === 'company').map((p) => ({ ...p, known: true })),
    ].sort((a, b) => a.start - b.start);
    for (const [n, a] of names.entries()) {
      const b = names[n + 1];
      if (b === undefined || (a.known && b.known)) continue;
      if (!COORDINATION.test(s.folded.slice(a.end, b.start))) continue;
      if (!SUBJECT_LEAD.test(s.folded.slice(0, a.start))) continue;
      for (const x of [a, b]) if (!x.known) found.push(x.name);
    }
  }
  return found;
}
