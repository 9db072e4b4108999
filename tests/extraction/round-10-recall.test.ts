import { describe, expect, it } from 'vitest';
import { claimsOf, expectHolds, find } from './claims-of.ts';

/**
 * Round 10, recall: gold claims the engine read nothing for, by the shape of the sentence that tells them.
 * Each class written afresh, with other companies, verbs and labels than the corpora's.
 */
const PUB = '2028-05-17'; // a Wednesday

const kinds = (text: string, lang: 'fr' | 'en', kind: string) =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === kind);

describe('a stake whose owner goes unnamed (« a pris 12 % du capital », "a 30% stake from its founders")', () => {
  it('is a stake in the company the sentence named before the buyer', () => {
    const fr = claimsOf(
      'Pour accélérer, Ombrelle Santé a bouclé une levée de 20 millions d’euros, au cours de laquelle le fonds Tikehau a pris 18 % du capital.',
      'fr',
      PUB,
    );
    expect(find(fr, 'acquisition', ['Tikehau Capital', 'Ombrelle Santé'])).toHaveLength(1);
    const en = claimsOf(
      'Harwick Mills said on Monday that Inditex had agreed to buy a 30% stake from its founders.',
      'en',
      PUB,
    );
    expect(find(en, 'acquisition', ['Inditex', 'Harwick Mills'])).toHaveLength(1);
  });

  it('« lui racheter N % de son capital »: the pronoun stands for the company told before', () => {
    const claims = claimsOf(
      'Dorvane Industrie, le maroquinier de Besançon, reconnaît des contacts avec plusieurs groupes. Selon nos informations, Kering serait en négociations avancées pour lui racheter 40 % de son capital.',
      'fr',
      PUB,
    );
    const deal = find(claims, 'acquisition', ['Kering', 'Dorvane Industrie'])[0];
    expect(deal?.status).toBe('rumour');
  });

  it('the agent of a round ("led by", « mené par ») owns no stake, and a stake already held is no deal', () => {
    expect(
      kinds('The round was led by Balderton Capital, and Atomico took a 10% stake.', 'en', 'acquisition'),
    ).toEqual([]);
    expect(
      kinds(
        'Le fonds Valcor, qui détient 60 % du capital, n’a pas souhaité commenter ces informations.',
        'fr',
        'acquisition',
      ),
    ).toEqual([]);
  });
});

describe('a stake told as a noun with the subject’s capital (« l’entrée de Bpifrance à son capital »)', () => {
  it('the investor is named after the noun, the capital is the subject’s', () => {
    const one = claimsOf(
      'Ombrelle Santé a annoncé jeudi l’entrée de Bpifrance à son capital, à hauteur de 10 %.',
      'fr',
      PUB,
    );
    expect(find(one, 'acquisition', ['Bpifrance', 'Ombrelle Santé'])).toHaveLength(1);
    const two = claimsOf(
      'Les fondateurs de Pelgrave ont salué lundi l’arrivée du fonds Eurazeo à leur capital.',
      'fr',
      PUB,
    );
    expect(find(two, 'acquisition', ['Eurazeo', 'Pelgrave'])).toHaveLength(1);
  });

  it('a name between the subject and the noun (a certifier, a partner) does not own the capital', () => {
    const claims = claimsOf(
      'Dorvane a obtenu la certification HDS, délivrée par Bureau Veritas, ainsi que l’entrée d’Ardian à son capital.',
      'fr',
      PUB,
    );
    const deals = claims.filter((c) => c.kind === 'acquisition');
    expect(deals.map((c) => [...c.parties].sort().join('|'))).toEqual(['Ardian|Dorvane']);
  });

  it('a person entering a board is no stake', () => {
    expect(
      kinds('Dorvane a salué l’entrée de son directeur financier au conseil.', 'fr', 'acquisition'),
    ).toEqual([]);
  });
});

describe('« entente », the Canadian French word for an agreement', () => {
  it('signed, announced or found, it is an agreement between the two companies', () => {
    expect(
      find(
        claimsOf('Desjardins a signé mardi une entente de distribution avec Fintrace.', 'fr', PUB),
        'agreement',
        ['Desjardins', 'Fintrace'],
      ),
    ).toHaveLength(1);
    expect(
      find(
        claimsOf(
          'Le titre de Monétique Boréale a bondi de 8 % jeudi après l’annonce d’une entente avec Pelgrave.',
          'fr',
          PUB,
        ),
        'agreement',
        ['Monétique Boréale', 'Pelgrave'],
      ),
    ).toHaveLength(1);
    expect(
      find(claimsOf('Québecor a conclu avec Pelgrave une entente de huit ans.', 'fr', PUB), 'agreement', [
        'Québecor',
        'Pelgrave',
      ]),
    ).toHaveLength(1);
  });

  it('a price-fixing cartel or good relations are no agreement', () => {
    expect(
      kinds('Vinci et Eiffage ont été condamnés pour une entente illicite sur les prix.', 'fr', 'agreement'),
    ).toEqual([]);
    expect(kinds('La bonne entente entre Vinci et Eiffage est connue de tous.', 'fr', 'agreement')).toEqual(
      [],
    );
  });
});

describe('an offer with its price per share told before its target (« une contre-offre de 41 $ par action sur X »)', () => {
  it('the price between the offer and its target does not hide the bid', () => {
    expect(
      find(
        claimsOf(
          'Vinci a déposé mercredi une offre de 41 euros par action sur Pelgrave Industries.',
          'fr',
          PUB,
        ),
        'acquisition',
        ['Vinci', 'Pelgrave Industries'],
      ),
    ).toHaveLength(1);
    expect(
      find(
        claimsOf('Vinci a lancé une contre-offre de 19,50 € par action pour Pelgrave.', 'fr', PUB),
        'acquisition',
        ['Vinci', 'Pelgrave'],
      ),
    ).toHaveLength(1);
    expect(
      find(
        claimsOf('Vinci tabled a counter-offer of 520 pence a share for Pelgrave.', 'en', PUB),
        'acquisition',
        ['Vinci', 'Pelgrave'],
      ),
    ).toHaveLength(1);
    expect(
      find(
        claimsOf(
          'Vinci made an offer of 41 euros a share, valuing Pelgrave Holdings at 2 billion euros.',
          'en',
          PUB,
        ),
        'acquisition',
        ['Vinci', 'Pelgrave Holdings'],
      ),
    ).toHaveLength(1);
  });

  it('a price per share paid for something else, or an offer with no bidder, is no bid', () => {
    expect(
      kinds('The offer of 148 zlotys a share represents a 24% premium to the close.', 'en', 'acquisition'),
    ).toEqual([]);
    expect(
      kinds('Vinci a versé un dividende de 2 euros par action pour l’exercice 2027.', 'fr', 'acquisition'),
    ).toEqual([]);
  });
});

describe('« vient par ailleurs d’obtenir »: an adverb inside « venir de »', () => {
  it('still tells a label just obtained', () => {
    expectHolds(
      'Dorvane Industrie vient par ailleurs d’obtenir la certification ISO 14001.',
      'fr',
      PUB,
      'Dorvane Industrie',
      'ISO 14001',
    );
    expectHolds(
      'Ombrelle Santé vient également de décrocher le label Lucie.',
      'fr',
      PUB,
      'Ombrelle Santé',
      'Lucie',
    );
  });
});
