import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Classes of share-move, statement and launch errors that recur across several tuned corpora (round 42),
 * written afresh with invented companies.
 */
const PUB = '2029-05-10'; // a Thursday: "Wednesday" / "mercredi" is 2029-05-09

const moveOf = (claims: Claim[], party: string) => {
  const moves = find(claims, 'share_move', [party]);
  expect(moves.length, `one share move of ${party}`).toBe(1);
  return moves[0] as Claim & { eventDate?: string; percent?: number };
};

describe("a day that dates another event is neither the move's day nor the report's session", () => {
  it("an earlier move's day in the genitive ('extending Tuesday's gains')", () => {
    const claims = claimsOf(
      'The Stoxx 600 closed 0.4% higher on Wednesday, led by retailers. Brimley Foods rose 2.1%, extending ' +
        "Tuesday's gains after a broker upgrade. Later in the session, Dunmore Telecom added 0.8%.",
      'en',
      PUB,
    );
    expect(moveOf(claims, 'Brimley Foods').eventDate).toBe('2029-05-09');
    expect(moveOf(claims, 'Dunmore Telecom').eventDate).toBe('2029-05-09');
  });

  it("an earlier loss recovered ('recovering part of Monday's fall')", () => {
    const claims = claimsOf(
      'The FTSE 100 ended 0.1% lower on Wednesday. Oskarsen Chemicals gained 1.2%, recovering part of ' +
        "Monday's fall, while Pellow Water edged up 0.3%.",
      'en',
      PUB,
    );
    expect(moveOf(claims, 'Oskarsen Chemicals').eventDate).toBe('2029-05-09');
    expect(moveOf(claims, 'Pellow Water').eventDate).toBe('2029-05-09');
  });

  it("a coming release's day ('ahead of its trading update on Friday') and a span's start ('since Monday')", () => {
    const claims = claimsOf(
      'The FTSE 100 slipped 0.2% yesterday. Castrel Mining fell 1.4% ahead of its quarterly update on ' +
        'Friday. Harwick Retail slipped 0.9%, taking its loss since Monday to 4%. Tolland Bank added 0.6%.',
      'en',
      PUB,
    );
    expect(moveOf(claims, 'Castrel Mining').eventDate).toBe('2029-05-09');
    expect(moveOf(claims, 'Harwick Retail').eventDate).toBe('2029-05-09');
    expect(moveOf(claims, 'Tolland Bank').eventDate).toBe('2029-05-09');
  });

  it('« prolongeant sa hausse de mardi », « depuis lundi », « en amont de … vendredi »', () => {
    const claims = claimsOf(
      'Le CAC 40 a terminé en hausse de 0,6 % mercredi. Le titre Valmoré Industrie a gagné 2,3 %, ' +
        "prolongeant sa hausse de mardi. L'action Corbières Vins a cédé 1,1 %, portant à 6 % son recul " +
        'depuis lundi. Ravenel Santé a progressé de 0,7 % en amont de la publication de ses résultats ' +
        'vendredi.',
      'fr',
      PUB,
    );
    expect(moveOf(claims, 'Valmoré Industrie').eventDate).toBe('2029-05-09');
    expect(moveOf(claims, 'Corbières Vins').eventDate).toBe('2029-05-09');
    expect(moveOf(claims, 'Ravenel Santé').eventDate).toBe('2029-05-09');
  });

  it("counter-examples: the session's own day, and 'since Friday, when' telling that day's move", () => {
    const session = claimsOf("Brimley Foods fell 2% in Tuesday's session after a profit warning.", 'en', PUB);
    expect(moveOf(session, 'Brimley Foods').eventDate).toBe('2029-05-08');
    const since = claimsOf(
      'Shares in Garrow Software were down 4.1% on Wednesday, erasing the gains made since Friday, when ' +
        'the stock jumped 6.8%.',
      'en',
      PUB,
    );
    const moves = find(since, 'share_move', ['Garrow Software']) as (Claim & { eventDate?: string })[];
    expect(moves.map((m) => m.eventDate).sort()).toEqual(['2029-05-04', '2029-05-09']);
  });
});

describe('a silence about a denial is a no-comment, not a denial', () => {
  const cases = [
    "Meravel, de son côté, n'a pas souhaité réagir au démenti.",
    "Contacté, Orsanne Biotech n'a pas voulu commenter ce démenti publié mardi.",
    "Le groupe Tervane n'a pas souhaité répondre au démenti de son concurrent.",
  ];
  for (const text of cases)
    it(text, () => {
      const statements = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'statement');
      expect(statements.length).toBe(1);
      expect(statements[0]?.stance).toBe('no_comment');
      expect(statements[0]?.status).toBe('rumour');
    });

  it('counter-example: the party itself denying', () => {
    const statements = claimsOf(
      'Meravel a démenti mardi toute discussion avec Orsanne Biotech.',
      'fr',
      PUB,
    ).filter((c) => c.kind === 'statement');
    expect(statements.map((s) => s.stance)).toContain('deny');
  });
});

describe('a "not … before" bound read even when the negation stands far from "before"', () => {
  it('English: many words between "not" and "before"', () => {
    const launches = claimsOf(
      'The service would not be commercially available to other government customers before 2028, Thales said.',
      'en',
      PUB,
    ).filter((c) => c.kind === 'launch');
    expect(launches.length).toBe(1);
    expect(launches[0]).toMatchObject({ parties: ['Thales'], eventDate: '2028', bound: 'not_before' });
  });

  it('French: « ne sera pas proposée aux clients professionnels et publics du groupe avant 2031 »', () => {
    const launches = claimsOf(
      "Orange a indiqué que l'offre ne sera pas proposée aux clients professionnels et publics du groupe avant 2031.",
      'fr',
      PUB,
    ).filter((c) => c.kind === 'launch');
    expect(launches.length).toBe(1);
    expect(launches[0]).toMatchObject({ parties: ['Orange'], eventDate: '2031', bound: 'not_before' });
    expect(launches[0]?.status).toBe('confirmed');
  });

  it('counter-example: a deadline stays a "by" bound', () => {
    const launches = claimsOf(
      'Orange said the service would be available to business customers before the end of 2028.',
      'en',
      PUB,
    ).filter((c) => c.kind === 'launch');
    expect(launches.length).toBe(1);
    expect(launches[0]).not.toMatchObject({ bound: 'not_before' });
  });
});
