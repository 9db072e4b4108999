import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of misses a fourth unseen corpus showed, written afresh with other companies. */
const PUB = '2026-03-11'; // a Wednesday

describe('share moves', () => {
  it('a word inside an index name is no company ("Nasdaq Composite", "Dow Jones Industrial Average")', () => {
    const claims = claimsOf(
      'The Nasdaq Composite slipped 0.6% and the Dow Jones Industrial Average added 0.2%.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
  it('a listing place is no index ("Nasdaq-listed shares", "cotée au Nasdaq")', () => {
    expect(
      find(
        claimsOf("Quenby Robotics' Nasdaq-listed shares climbed 8.4% on Monday.", 'en', PUB),
        'share_move',
        ['Quenby Robotics'],
      ),
    ).toHaveLength(1);
    const fr = claimsOf("L'action Marvelle Bio, cotée au Nasdaq, a chuté de 12 % lundi.", 'fr', PUB);
    expect(find(fr, 'share_move', ['Marvelle Bio'])[0]).toMatchObject({ percent: 12, direction: 'down' });
  });
  it('a cumulative gain over a fronted period is no session move', () => {
    expect(
      claimsOf('Depuis le début de l’exercice, Telvane Data affiche une hausse de 48 %.', 'fr', PUB),
    ).toEqual([]);
    expect(claimsOf('Since the start of the year, Harlow Mining shares have gained 37%.', 'en', PUB)).toEqual(
      [],
    );
  });
  it('an earlier move named with the article weekday is the week before its anchor', () => {
    const claims = claimsOf(
      "L'action Dunelle a reculé de 3 % jeudi, après avoir gagné 5 % mercredi.",
      'fr',
      PUB,
    );
    expect(claims.map((c) => c.eventDate)).toEqual(['2026-03-05', '2026-03-04']);
  });
  it("a company whose name ends in 's keeps it", () => {
    const claims = claimsOf("Sainsbury's shares slid 2.2% on Tuesday.", 'en', PUB);
    expect(find(claims, 'share_move', ["Sainsbury's"])[0]).toMatchObject({ eventDate: '2026-03-10' });
  });
});

describe('acquisitions', () => {
  it('the subject selling a stake "to" a buyer is the target; denied', () => {
    const en = claimsOf(
      'Corlith Energy denied it was discussing the sale of a majority stake to TotalEnergies.',
      'en',
      PUB,
    );
    expect(find(en, 'acquisition', ['TotalEnergies', 'Corlith Energy'])[0]?.status).toBe('denied');
    const fr = claimsOf(
      "Velmont a démenti préparer la cession d'une participation minoritaire à Eurazeo.",
      'fr',
      PUB,
    );
    expect(find(fr, 'acquisition', ['Eurazeo', 'Velmont'])[0]?.status).toBe('denied');
  });
  it('taking over staff from a company is no acquisition', () => {
    const fr = claimsOf(
      'La nouvelle filiale Ostrel reprend une trentaine de techniciens de Brévalle Systèmes.',
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
  it('a generic role with a "de" complement stands for the article subject', () => {
    const text =
      'Le titre Castelane Conseil a grimpé de 9 % mardi. Bouygues aurait proposé de racheter la société de conseil bordelaise.';
    expect(find(claimsOf(text, 'fr', PUB), 'acquisition', ['Bouygues', 'Castelane Conseil'])[0]?.status).toBe(
      'rumour',
    );
  });
  it('a company "that would not take part" is not a party', () => {
    const text =
      'Airbus, qui avait été sondé en janvier, ne participerait pas au rachat de Velcor Industries par Safran.';
    expect(claimsOf(text, 'fr', PUB).some((c) => c.parties.includes('Airbus'))).toBe(false);
  });
});

describe('agreements, certifications, launches', () => {
  it('an alliance named "en interne" in the next sentence', () => {
    const text =
      'Engie et Orano seraient en pourparlers pour créer une coentreprise. Le projet, baptisé en interne Hélianthe, viserait le stockage.';
    expect(find(claimsOf(text, 'fr', PUB), 'agreement', ['Engie', 'Orano'])[0]).toMatchObject({
      alliance: 'Hélianthe',
    });
  });
  it('an unknown company opening the article on an uncommon verb is still a company; the issuer is no holder', () => {
    const text =
      "Ardenne Composites livrera ses pièces en Allemagne. Elle vient d'obtenir la certification EN 9100, délivrée par Bureau Veritas.";
    expect(find(claimsOf(text, 'fr', PUB), 'certification', ['Ardenne Composites'])[0]).toMatchObject({
      label: 'EN 9100',
      issuer: 'Bureau Veritas',
    });
  });
  it('beginning to onboard first customers is a launch', () => {
    const claims = claimsOf('Harbrook Cloud will start onboarding its first customers in 2027.', 'en', PUB);
    expect(find(claims, 'launch', ['Harbrook Cloud'])[0]?.eventDate).toBe('2027');
  });
  it('a plant entering service is no launch', () => {
    const claims = claimsOf(
      "L'usine que Ravelin construit à Dunkerque doit entrer en service en 2028.",
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });
});
