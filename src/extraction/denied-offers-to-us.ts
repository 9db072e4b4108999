import type { AcquisitionClaim } from './claim.ts';
import type { Draft } from './draft.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * Right after a company's name, the speaker's denial that this company ever bid for it: « Thales ne nous a
 * jamais fait d'offre », "Halcourt has never made us an offer", "Halcourt never approached us".
 */
const OFFER_TO_US =
  /^\s*(?:ne (?:nous|m') (?:a|ont|avait|avaient) (?:jamais|pas|aucunement) (?:fait|adresse|soumis|presente|transmis|remis|formule) (?:d'|de |la moindre |aucune )(?:\w+ )?(?:offre|proposition|approche)s?|(?:has |have |had )?never (?:made|sent|submitted|put) (?:us|me) (?:an?|any) (?:\w+ )?(?:offer|bid|proposal)s?|(?:did not|didn't|has not|hasn't|have not|haven't) (?:made|sent|submitted) (?:us|me) (?:an?|any) (?:\w+ )?(?:offer|bid|proposal)s?|(?:has |have |had )?never approached (?:us|me))\b/u;

/** Cheap gate before the pattern: the first person the offer was (not) made to. */
const GATE = /\b(?:nous|us|me)\b|\bm'/u;

/**
 * « Believe ne nous a jamais fait d'offre », in the words of the company interviewed: the speaker of a deny
 * statement says the company it names never bid for it. That takeover is denied, the named company the
 * would-be buyer and the speaker the target, unless a claim of the article already pairs the two.
 */
export function offersDeniedToSpeaker(drafts: Draft[], contexts: readonly SentenceContext[]): void {
  const byIndex = new Map(contexts.map((c) => [c.index, c]));
  const denials = drafts.filter(
    (d) => d.claim.kind === 'statement' && d.claim.stance === 'deny' && !d.background,
  );
  for (const s of denials) {
    const speaker = s.claim.parties[0];
    const ctx = byIndex.get(s.sentence);
    if (speaker === undefined || ctx === undefined || !GATE.test(ctx.folded)) continue;
    const offers = (p: { end: number }) => OFFER_TO_US.test(ctx.folded.slice(p.end, p.end + 90));
    // The would-be buyer may be a name the sentence alone could not type ("Believe ne nous a …").
    const bidder =
      ctx.parties.find((p) => p.type === 'company' && p.name !== speaker && offers(p)) ??
      ctx.candidates.find((c) => c.place !== true && c.name !== speaker && offers(c));
    if (bidder === undefined) continue;
    const paired = (d: Draft) =>
      d.claim.kind !== 'statement' &&
      d.claim.parties.includes(bidder.name) &&
      d.claim.parties.includes(speaker);
    if (drafts.some(paired)) continue;
    const claim: AcquisitionClaim = {
      kind: 'acquisition',
      parties: [bidder.name, speaker],
      status: 'denied',
      evidence: { text: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end },
    };
    drafts.push({
      claim,
      rule: `${ctx.rules.language}.acquisition.offer-denied-to-speaker`,
      cues: ['deny:no-offer-to-speaker'],
      sentence: ctx.index,
      background: false,
      explicit: true,
    });
  }
}
