import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Classes of statement errors that recur across several tuned corpora (cross-corpus round 2, one claim
 * kind across every corpus), written afresh with invented companies.
 */
const PUB = '2029-05-09';

const statements = (claims: Claim[]) => claims.filter((c) => c.kind === 'statement');
const stanceOf = (c: Claim | undefined) => (c?.kind === 'statement' ? c.stance : undefined);

describe('a denial or confirmation recalled as the date of an older event is no statement (blind-13, -19, -20, -24)', () => {
  const recalled: [string, 'fr' | 'en'][] = [
    [
      'Leonardo said on Thursday it would not bid for Harwick Space, a week after the British satellite maker confirmed it was in talks with the Italian group.',
      'en',
    ],
    [
      'Corrimal Outdoor shares fell 4.1% on Monday, erasing the jump they recorded on Friday when Havas confirmed it had built a 12 per cent stake.',
      'en',
    ],
    [
      'Pellion, the chip designer whose shares swung last month on takeover talk that Infineon later denied, has signed a licensing agreement with Arm.',
      'en',
    ],
    [
      'The price is well below the €900m floated in mid-September, when a report that Arkema was preparing a bid was swiftly denied by the French chemicals group.',
      'en',
    ],
    [
      'Les résultats de Glencore sont attendus mardi, deux semaines après que le groupe a démenti préparer une offre sur Tarvenne.',
      'fr',
    ],
  ];
  for (const [text, lang] of recalled)
    it(text.slice(0, 60), () => {
      const said = statements(claimsOf(text, lang, PUB)).filter((c) => stanceOf(c) !== 'no_comment');
      expect(said).toEqual([]);
    });
  it('a denial that is the news, after a share move, stays', () => {
    const claims = claimsOf(
      'Harwick Space shares fell 6% on Thursday after Leonardo denied it was in talks to buy the satellite maker.',
      'en',
      PUB,
    );
    expect(stanceOf(find(claims, 'statement', ['Leonardo'])[0])).toBe('deny');
  });
  it('a confirmation told as today’s news stays', () => {
    const claims = claimsOf(
      'Havas confirmed on Wednesday that it had built a 12 per cent stake in Corrimal Outdoor.',
      'en',
      PUB,
    );
    expect(stanceOf(find(claims, 'statement', ['Havas'])[0])).toBe('confirm');
  });
});

describe('the company a denial speaks of is not its speaker (blind-24, blind-25)', () => {
  it('a verb coordinated by "mais" has the sentence’s subject, not the partner named last', () => {
    const claims = claimsOf(
      'Orange a noué un partenariat avec la jeune pousse lyonnaise Quelvane pour proposer un cloud souverain, mais a démenti vouloir entrer à son capital.',
      'fr',
      PUB,
    );
    expect(stanceOf(find(claims, 'statement', ['Orange'])[0])).toBe('deny');
    expect(find(claims, 'statement', ['Quelvane'])).toEqual([]);
  });
  it('English: "… but denied" keeps the subject', () => {
    const claims = claimsOf(
      'Vodafone signed a roaming deal with the start-up Trevanna Mobile on Tuesday but denied it planned to buy a stake in the company.',
      'en',
      PUB,
    );
    expect(find(claims, 'statement', ['Trevanna Mobile'])).toEqual([]);
  });
  it('a company named in the quote after "avec" is not the voice of the quote', () => {
    const claims = claimsOf(
      'La fintech nantaise Orvalys veut bousculer les terminaux de paiement. Son principal concurrent, Qonto, grandit vite. « Nous n’avons signé aucun accord avec Qonto et nous ne sommes pas en discussion », tranche le cofondateur.',
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Qonto'])).toEqual([]);
  });
  it('a separate clause with its own subject keeps that subject', () => {
    const claims = claimsOf(
      'Orange a signé un partenariat avec Quelvane, et Thales a démenti toute discussion avec la jeune pousse.',
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Orange'])).toEqual([]);
  });
});

describe('"never been for sale" is a denial (blind-33)', () => {
  it('French first person, in a quote tagged by the founder', () => {
    const claims = claimsOf(
      'Le groupe suédois Saab a démenti mercredi être en discussions pour racheter la PME bretonne Kerlouan Marine. « Nous n’avons jamais été à vendre, et nous ne le sommes pas », assure Anne Le Goff, présidente de Kerlouan Marine.',
      'fr',
      PUB,
    );
    expect(stanceOf(find(claims, 'statement', ['Kerlouan Marine'])[0])).toBe('deny');
  });
});
