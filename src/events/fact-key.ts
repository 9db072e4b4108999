import type { Claim } from '../extraction/claim.ts';
import { canonicalPartySet, normaliseName } from './normalise-name.ts';

/**
 * What "the same proposition" means, kind by kind. Two claims share a fact when their keys are equal.
 *
 * - agreement: a named alliance is the proposition ("Bleu"), whoever is listed beside it, so that
 *   "Bleu (Microsoft, Orange, Capgemini)" and "Bleu (Orange, Capgemini)" are one fact; an unnamed one is
 *   its party set. (The store also ties an unnamed claim to the named fact with the same party set.)
 * - acquisition: the party set. A stake size is a detail of the same deal: "X in talks to buy into Y"
 *   and "X takes 12 % of Y" must meet, or the rumour could never be confirmed.
 * - share_move: one company, one day, one direction. The percent is left out: outlets round
 *   differently (5.57 vs 5.6) and are still reporting the same move. The day is the event date, else
 *   the article's publication day.
 * - certification: party set + label; the issuer is a detail.
 * - launch: the alliance name if any, else the party set, + the announced date with its bound
 *   ("not before 2024" is not the same promise as "in 2024"): a postponement is a new proposition.
 * - statement: speaker set + stance + day. What a statement is about is not in the claim; two outlets
 *   reporting "Atos declined to comment" on the same day report one statement.
 */
export function factKey(claim: Claim, publishedAt?: string): string {
  const parties = canonicalPartySet(claim.parties).join(',');
  const day = claim.eventDate ?? publishedAt?.slice(0, 10) ?? 'undated';
  switch (claim.kind) {
    case 'agreement':
      return claim.alliance ? allianceKey(claim.alliance) : partySetKey(claim.parties);
    case 'acquisition':
      return `acquisition|${parties}`;
    case 'share_move':
      return `share_move|${parties}|${day}|${claim.direction}`;
    case 'certification':
      return `certification|${parties}|${normaliseName(claim.label)}`;
    case 'launch': {
      const who = claim.alliance ? `alliance:${normaliseName(claim.alliance)}` : parties;
      const when = claim.eventDate ? `${claim.bound ?? 'on'}:${claim.eventDate}` : 'undated';
      return `launch|${who}|${when}`;
    }
    case 'statement':
      return `statement|${parties}|${claim.stance}|${day}`;
  }
}

/** The key of a named alliance's agreement fact. */
export function allianceKey(alliance: string): string {
  return `agreement|alliance:${normaliseName(alliance)}`;
}

/** The key of an unnamed agreement between exactly these parties. */
export function partySetKey(parties: readonly string[]): string {
  return `agreement|${canonicalPartySet(parties).join(',')}`;
}

/** The name an alliance is shown under: its own name, else its parties ("Amazon + Atos"). */
export function allianceDisplayName(alliance: string | null | undefined, parties: readonly string[]): string {
  return alliance?.trim() || parties.join(' + ');
}
