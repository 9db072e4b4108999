import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Which date phrase of a sentence is a value's, round 10:
 * - a day after the publication date dates a coming event (a launch, a meeting), never a share move;
 * - a possessive day right before a figure ("Monday's 14.2% surge") dates that figure, not the move before it;
 * - "and were down 1.9% on Friday": a be-verb after a conjunction starts the second move's own words, so an
 *   "after the report" told before it makes no move earlier than the other;
 * - a time of the session ("en début de séance") in a phrase about another thing (the oil price) is no move's;
 * - a launch postponed ("initialement prévu en juin, … reporté à septembre") is dated by its new date.
 */
const THU = '2028-03-16';

function moves(claims: Claim[], party: string): { percent: number; direction: string; day?: string }[] {
  return find(claims, 'share_move', [party]).map((c) =>
    c.kind === 'share_move'
      ? { percent: c.percent, direction: c.direction, ...(c.eventDate ? { day: c.eventDate } : {}) }
      : { percent: 0, direction: '' },
  );
}

function launchDays(claims: Claim[], party: string): (string | undefined)[] {
  return find(claims, 'launch', [party]).map((c) => (c.kind === 'launch' ? c.eventDate : undefined));
}

describe('round 10: a day after publication is no move’s day', () => {
  it('fr: a launch date told after the move', () => {
    const claims = claimsOf(
      'Le CAC 40 a fini mercredi en hausse de 0,4 %. À Milan, Brunello Vetri a progressé de 2,3 % après avoir ' +
        'annoncé l’ouverture, le 12 avril, de sa première boutique à New York.',
      'fr',
      THU,
    );
    expect(moves(claims, 'Brunello Vetri')).toEqual([{ percent: 2.3, direction: 'up', day: '2028-03-15' }]);
  });

  it('en: a service starting on a coming date', () => {
    const claims = claimsOf(
      'Harwick Lines rose 4.1% after the ferry operator said it would open a daily route to Bilbao from May 2.',
      'en',
      THU,
    );
    expect(moves(claims, 'Harwick Lines')).toEqual([{ percent: 4.1, direction: 'up', day: '2028-03-16' }]);
  });

  it('counter-example: a past day after the figure still dates the move', () => {
    const claims = claimsOf('Harwick Lines rose 4.1% on Tuesday after a broker upgrade.', 'en', THU);
    expect(moves(claims, 'Harwick Lines')).toEqual([{ percent: 4.1, direction: 'up', day: '2028-03-14' }]);
  });
});

describe('round 10: a possessive day dates the figure it opens', () => {
  it('en: "building on Monday’s 14.2% surge"', () => {
    const claims = claimsOf(
      'Tellmark Wind added 2.7%, building on Wednesday’s 11.5% surge after a report of takeover interest.',
      'en',
      THU,
    );
    expect(moves(claims, 'Tellmark Wind')).toEqual([
      { percent: 2.7, direction: 'up', day: '2028-03-16' },
      { percent: 11.5, direction: 'up', day: '2028-03-15' },
    ]);
  });

  it('en: a live move erasing the day before’s gain, and the next move of the paragraph', () => {
    const claims = claimsOf(
      'Corvell Mining shares were down 8.2% at 11:05 a.m. in Toronto, erasing most of Wednesday’s 12.4% gain. ' +
        'Eramet shares were up 0.6% in Paris.',
      'en',
      THU,
    );
    expect(moves(claims, 'Corvell Mining')).toEqual([
      { percent: 8.2, direction: 'down', day: '2028-03-16' },
      { percent: 12.4, direction: 'up', day: '2028-03-15' },
    ]);
    expect(moves(claims, 'Eramet')).toEqual([{ percent: 0.6, direction: 'up', day: '2028-03-16' }]);
  });

  it('fr: « effaçant la hausse de 12,4 % de mercredi » already dates the second figure', () => {
    const claims = claimsOf(
      'L’action Corvell Mining cédait 8,2 % vers 11 heures, effaçant l’essentiel de sa hausse de 12,4 % de mercredi.',
      'fr',
      THU,
    );
    expect(moves(claims, 'Corvell Mining')[0]).toEqual({
      percent: 8.2,
      direction: 'down',
      day: '2028-03-16',
    });
  });

  it('counter-example: a day after the figure is still that figure’s ("rose 7.4% on Tuesday, extending Monday’s")', () => {
    const claims = claimsOf(
      'Shares in Oxbury Silicon rose 7.4% on Wednesday, extending Tuesday’s 6.1% gain.',
      'en',
      THU,
    );
    expect(moves(claims, 'Oxbury Silicon')).toEqual([
      { percent: 7.4, direction: 'up', day: '2028-03-15' },
      { percent: 6.1, direction: 'up', day: '2028-03-14' },
    ]);
  });
});

describe('round 10: a second move joined by "and were"', () => {
  it('en: "rose 2.3% on Thursday after the report and were down 1.9% in early trading on Friday"', () => {
    const claims = claimsOf(
      'Its rival Dunmore Seating declined to comment. Dunmore Seating shares rose 2.3% on Thursday after the ' +
        'report and were down 1.9% in early trading on Friday.',
      'en',
      '2028-03-17',
    );
    expect(moves(claims, 'Dunmore Seating')).toEqual([
      { percent: 2.3, direction: 'up', day: '2028-03-16' },
      { percent: 1.9, direction: 'down', day: '2028-03-17' },
    ]);
  });

  it('counter-example: "after rising 11% on Monday" still places that move before', () => {
    const claims = claimsOf(
      'Dunmore Seating shares were down 4.3% on Friday, after rising 11% on Friday last week.',
      'en',
      '2028-03-17',
    );
    expect(moves(claims, 'Dunmore Seating')[0]).toEqual({
      percent: 4.3,
      direction: 'down',
      day: '2028-03-17',
    });
  });
});

describe('round 10: a time of the session told of another thing', () => {
  it('fr: « pénalisé par la remontée du pétrole en début de séance » in a report of the day before', () => {
    const claims = claimsOf(
      'La Bourse de Paris a fini mercredi en hausse de 0,5 %. Thales a progressé de 1,9 %. Air France-KLM a ' +
        'reculé de 0,9 %, pénalisé par la remontée des cours du pétrole en début de séance.',
      'fr',
      THU,
    );
    expect(moves(claims, 'Air France-KLM')).toEqual([{ percent: 0.9, direction: 'down', day: '2028-03-15' }]);
  });

  it('counter-example: « cédait 1,2 %, vers 11 heures » is the live move of the day', () => {
    const claims = claimsOf(
      'La Bourse de Paris a fini mercredi en hausse de 0,5 %. Ce jeudi, Air France-KLM cédait 1,2 %, vers 11 heures.',
      'fr',
      THU,
    );
    expect(moves(claims, 'Air France-KLM')).toEqual([{ percent: 1.2, direction: 'down', day: '2028-03-16' }]);
  });
});

describe('round 10: a postponed launch takes its new date', () => {
  it('fr: « Initialement prévu en juin, … est reporté à septembre »', () => {
    const claims = claimsOf(
      'Initialement prévu en juin, le lancement de la carte de paiement de Néolia Banque est reporté à septembre, ' +
        'a annoncé la société.',
      'fr',
      THU,
    );
    expect(launchDays(claims, 'Néolia Banque')).toEqual(['2028-09']);
  });

  it('fr: « prévue à l’origine pour novembre, l’ouverture … est repoussée à mars 2029 »', () => {
    const claims = claimsOf(
      'Prévue à l’origine pour novembre, l’ouverture commerciale du réseau de bornes de Voltéo est repoussée à mars 2029.',
      'fr',
      THU,
    );
    expect(launchDays(claims, 'Voltéo')).toEqual(['2029-03']);
  });

  it('en: "originally planned for June, … has been pushed back to October"', () => {
    const claims = claimsOf(
      'Originally planned for June, the launch of Brackwell Telecom’s fixed-wireless service has been pushed back ' +
        'to October, the company said.',
      'en',
      THU,
    );
    expect(launchDays(claims, 'Brackwell Telecom')).toEqual(['2028-10']);
  });

  it('en: "delayed from 2028 to 2029"', () => {
    const claims = claimsOf(
      'Brackwell Telecom said the launch of its satellite service had been delayed from 2028 to 2029.',
      'en',
      THU,
    );
    expect(launchDays(claims, 'Brackwell Telecom')).toEqual(['2029']);
  });

  it('counter-example: a plan with a single date keeps it', () => {
    const claims = claimsOf(
      'Brackwell Telecom will launch its satellite service in June, the company said.',
      'en',
      THU,
    );
    expect(launchDays(claims, 'Brackwell Telecom')).toEqual(['2028-06']);
  });
});

describe('round 10: the close of the day a paragraph is telling', () => {
  it('en: "ended the day 0.7% lower" after a move dated on Wednesday', () => {
    const claims = claimsOf(
      'Kestrel Security shares jumped 14.2% on Wednesday, their biggest gain since the listing. Sopra Steria shares ' +
        'ended the day 0.7% lower.',
      'en',
      THU,
    );
    expect(moves(claims, 'Sopra Steria')).toEqual([{ percent: 0.7, direction: 'down', day: '2028-03-15' }]);
  });

  it('fr: « a terminé en fin de séance en baisse de 0,7 % » after « mercredi »', () => {
    const claims = claimsOf(
      'L’action Kestrel Sécurité a bondi de 14,2 % mercredi. Le titre Sopra Steria a reculé de 0,7 % en fin de séance. ' +
        'En fin de séance, le titre Capgemini a cédé 1,1 %.',
      'fr',
      THU,
    );
    expect(moves(claims, 'Sopra Steria')).toEqual([{ percent: 0.7, direction: 'down', day: '2028-03-15' }]);
    expect(moves(claims, 'Capgemini')).toEqual([{ percent: 1.1, direction: 'down', day: '2028-03-15' }]);
  });

  it('counter-example: a live figure of the day stays the publication day’s', () => {
    const claims = claimsOf(
      'Kestrel Security shares jumped 14.2% on Wednesday. Sopra Steria shares were 0.7% lower at 10:15 a.m. today.',
      'en',
      THU,
    );
    expect(moves(claims, 'Sopra Steria')).toEqual([{ percent: 0.7, direction: 'down', day: '2028-03-16' }]);
  });
});

describe('round 10: "puis" / "then" orders two moves of a round-up', () => {
  it('fr: « a bondi de 11,2 % lundi puis de 6,4 % jeudi » in a Monday round-up of the week', () => {
    const claims = claimsOf(
      'Semaine faste à la Bourse de Lyon. Le titre Financière Varenne a bondi de 11,2 % lundi puis de 6,4 % jeudi.',
      'fr',
      '2028-03-13',
    );
    expect(moves(claims, 'Financière Varenne')).toEqual([
      { percent: 11.2, direction: 'up', day: '2028-03-06' },
      { percent: 6.4, direction: 'up', day: '2028-03-09' },
    ]);
  });

  it('en: "rose 9% on Friday, then 3% on Tuesday" in a Friday round-up', () => {
    const claims = claimsOf(
      'Shares in Quarrant Labs rose 9% on Friday, then a further 3% on Tuesday.',
      'en',
      '2028-03-17',
    );
    expect(moves(claims, 'Quarrant Labs')).toEqual([
      { percent: 9, direction: 'up', day: '2028-03-10' },
      { percent: 3, direction: 'up', day: '2028-03-14' },
    ]);
  });

  it('counter-example: days already in order stay as they are', () => {
    const claims = claimsOf(
      'Le titre Financière Varenne a bondi de 11,2 % lundi puis de 6,4 % mercredi.',
      'fr',
      THU,
    );
    expect(moves(claims, 'Financière Varenne')).toEqual([
      { percent: 11.2, direction: 'up', day: '2028-03-13' },
      { percent: 6.4, direction: 'up', day: '2028-03-15' },
    ]);
  });
});

describe('round 10: the day of a reference price is no session', () => {
  it('fr: « une prime de 34 % sur le cours du 6 mars » does not date the later moves', () => {
    const claims = claimsOf(
      'Bouygues a annoncé mercredi une offre sur Télécâble Sud. Le titre Télécâble Sud a bondi de 27,5 % dans la ' +
        'journée. L’offre fait ressortir une prime de 34 % sur le cours du 6 mars.\n\nL’action Bouygues a reculé de 0,4 %.',
      'fr',
      THU,
    );
    expect(moves(claims, 'Télécâble Sud')).toEqual([{ percent: 27.5, direction: 'up', day: '2028-03-15' }]);
    expect(moves(claims, 'Bouygues')).toEqual([{ percent: 0.4, direction: 'down', day: '2028-03-15' }]);
  });

  it('en: "a premium of 35% to its closing price on Monday" is no Monday move', () => {
    const claims = claimsOf(
      'The offer is a premium of 35% to Soltane Robotics’s closing price on Monday. Soltane Robotics shares rose 29%.',
      'en',
      THU,
    );
    expect(moves(claims, 'Soltane Robotics')).toEqual([{ percent: 29, direction: 'up', day: '2028-03-16' }]);
  });
});
