import { describe, expect, it } from 'vitest';
import type { Claim, LaunchClaim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Launches told by availability (round 10): a season or a month written without a year dates the launch in
 * the publication's year (the next one when it is already over); an offer that "opens" is launched whether
 * it is the verb's subject or its object. Availability of what is no new offer (a report, a dividend, a
 * service restored after an outage) stays no launch. Invented companies, both languages.
 */
const PUB = '2029-03-14T08:00:00Z'; // a Wednesday in March
const LATE = '2029-10-10T08:00:00Z'; // spring and summer are over

const launches = (claims: Claim[]) =>
  claims
    .filter((c): c is LaunchClaim => c.kind === 'launch')
    .map((c) => `${[...c.parties].sort().join(' | ')} @ ${c.eventDate ?? '-'}`);

describe('a season or a month with no year dates the launch', () => {
  it('« lancera à l’automne » is this year’s autumn', () => {
    const claims = claimsOf('Brevalis lancera à l’automne une gamme de tisanes en vrac.', 'fr', PUB);
    expect(launches(claims)).toEqual(['Brevalis @ 2029']);
  });

  it('« attendue en rayon au printemps », told after spring is over, is next year’s', () => {
    const claims = claimsOf(
      'Maison Quercy a annoncé que ses biscuits sans sucre seront en rayon au printemps.',
      'fr',
      LATE,
    );
    expect(launches(claims)).toEqual(['Maison Quercy @ 2030']);
  });

  it('"will go on sale this summer" and "in the spring" resolve to a year', () => {
    expect(
      launches(claimsOf('Harlow Cycles said its folding e-bike will go on sale this summer.', 'en', PUB)),
    ).toEqual(['Harlow Cycles @ 2029']);
    expect(
      launches(claimsOf('Tennick Foods plans to launch a range of oat drinks in the spring.', 'en', LATE)),
    ).toEqual(['Tennick Foods @ 2030']);
  });

  it('« dès le mois de décembre » and « pas avant septembre » are month dates', () => {
    expect(
      launches(
        claimsOf('Le vaccin de Pharmacorme sera disponible en Belgique dès le mois de décembre.', 'fr', PUB),
      ),
    ).toEqual(['Pharmacorme @ 2029-12']);
    expect(
      launches(
        claimsOf(
          'Velocimo ne commercialisera pas son vélo cargo avant septembre, a précisé son fondateur.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual(['Velocimo @ 2029-09']);
    expect(
      launches(claimsOf('Corbridge Audio said the speaker would not go on sale before October.', 'en', PUB)),
    ).toEqual(['Corbridge Audio @ 2029-10']);
  });

  it('a season in another sense, or a past one, dates nothing (counter-examples)', () => {
    expect(
      launches(claimsOf('Brevalis a lancé au printemps dernier une gamme de tisanes.', 'fr', PUB)),
    ).toEqual([]);
    expect(launches(claimsOf('Sales of Harlow Cycles rose 12% last summer.', 'en', PUB))).toEqual([]);
  });
});

describe('an offer that opens is launched, subject or object of the verb', () => {
  it('« la région cloud ouvrira », « la plateforme ouvrirait »: the offer as subject', () => {
    const claims = claimsOf(
      'Nubéo a signé un bail avec un hébergeur lyonnais. Sa région cloud de Lyon ouvrira au premier trimestre 2030, a précisé Nubéo.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual(['Nubéo @ 2030']);
  });

  it('« ouvrirait une nouvelle ligne »: the offer as object of the conditional', () => {
    const claims = claimsOf(
      'Armor Fret a indiqué qu’elle ouvrirait une nouvelle ligne de fret entre Lorient et Vigo à partir du 4 juin.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual(['Armor Fret @ 2029-06-04']);
  });

  it('"its new marketplace, which will let …, will open on …": an inserted relative before the verb', () => {
    const claims = claimsOf(
      'Separately, Gridwell said its new capacity marketplace, which will let traders bid for spare transmission capacity, will open on 2 July 2029.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual(['Gridwell @ 2029-07-02']);
  });

  it('a production line or a plant that opens is no launch (counter-example)', () => {
    expect(
      launches(
        claimsOf('Ferrolac ouvrira une nouvelle ligne de production à Douai en juin 2030.', 'fr', PUB),
      ),
    ).toEqual([]);
    expect(
      launches(
        claimsOf(
          'The new plant, which will employ 300 people, will open in June 2030, Ferrolac said.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});

describe('availability of what is no new offer is no launch (counter-examples)', () => {
  it('a report, results or a dividend made available', () => {
    expect(
      launches(claimsOf('Le rapport annuel de Danvel sera disponible en avril 2029.', 'fr', PUB)),
    ).toEqual([]);
    expect(
      launches(
        claimsOf(
          'Danvel said its annual report would be available on its website from 14 April 2029.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
    expect(
      launches(claimsOf('The dividend will be available to Danvel shareholders from 2 May 2029.', 'en', PUB)),
    ).toEqual([]);
  });

  it('a service available again after an outage', () => {
    expect(
      launches(
        claimsOf(
          'Telvane said the service would be available again from 16 March after the outage.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
    expect(
      launches(
        claimsOf(
          'Le service de Telvane sera de nouveau disponible à partir du 16 mars, après la panne de lundi.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});

describe('a season beside a written date, or a sale of a company, dates no launch (counter-examples)', () => {
  it('« attendue cet été, n’ouvrira pas avant le premier trimestre 2030 »: the written date wins', () => {
    const claims = claimsOf(
      'Nouveau report pour Quilvane : sa plateforme, attendue cet été, n’ouvrira pas avant le premier trimestre 2030.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual(['Quilvane @ 2030']);
  });

  it('« mis en vente par X au printemps »: a company for sale, in a hedged bid sentence', () => {
    const claims = claimsOf(
      'Dorlane et le fonds Ardian seraient en lice pour racheter Mervaux, mis en vente par Eurazeo au printemps, selon Reuters.',
      'fr',
      LATE,
    );
    expect(launches(claims)).toEqual([]);
  });
});

describe('a procedure launched in a season is no offer (counter-example)', () => {
  it('« un processus de vente, lancé au printemps », "a sale process launched in the spring"', () => {
    expect(
      launches(
        claimsOf(
          'Le motoriste aurait devancé Orvilliers lors d’un processus de vente discret, lancé au printemps.',
          'fr',
          LATE,
        ),
      ),
    ).toEqual([]);
    expect(
      launches(
        claimsOf('Brakefield won the sale process that Tarrant Holdings launched in the spring.', 'en', LATE),
      ),
    ).toEqual([]);
  });
});

describe('who makes an offer told by availability', () => {
  it('a relative on a possessed product: the possessor launches, not the retailer named on the way', () => {
    expect(
      launches(
        claimsOf(
          'Savonnerie Bréhat a réalisé 20 millions d’euros de chiffre d’affaires en 2028. Elle vient de signer un contrat de référencement avec les centres Intermarché pour ses lessives solides, qui arriveront dans les rayons au printemps.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual(['Savonnerie Bréhat @ 2029']);
    expect(
      launches(
        claimsOf(
          'Halbrook Dairy signed a listing deal with Sainsbury’s for its oat drinks, which will be on shelves from May.',
          'en',
          PUB,
        ),
      ),
    ).toEqual(['Halbrook Dairy @ 2029-05']);
  });

  it('a company named after the launch words in a clause of time, or as a parts supplier, is not the maker', () => {
    expect(
      launches(
        claimsOf(
          'Ostria Telecom declined to comment. The operator said last month that its fibre network would be available nationwide from March 2030, after it completes the replacement of equipment made by Zentek.',
          'en',
          PUB,
        ),
      ),
    ).toEqual(['Ostria Telecom @ 2030-03']);
    expect(
      launches(
        claimsOf(
          'Le traitement sera disponible en France au deuxième trimestre 2030, une fois le prix négocié avec Medrix, a indiqué Valdora Pharma.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual(['Valdora Pharma @ 2030']);
  });
});

describe('what a season with no year does not date (counter-examples)', () => {
  it('a past act told with a season: a review, a buyback, a label obtained', () => {
    expect(
      launches(
        claimsOf(
          'Corvelle Bank is pressing on with the strategic review it quietly launched in the spring.',
          'en',
          LATE,
        ),
      ),
    ).toEqual([]);
    expect(
      launches(
        claimsOf(
          'La banque Ravenel poursuit son programme de rachat d’actions lancé au printemps.',
          'fr',
          LATE,
        ),
      ),
    ).toEqual([]);
    expect(
      launches(
        claimsOf(
          'Ses concurrents Pemberly et Ostrand ont présenté des outils comparables cet été.',
          'fr',
          LATE,
        ),
      ),
    ).toEqual([]);
  });

  it('a machine or a unit entering service is no offer; servers made accessible are one', () => {
    expect(
      launches(
        claimsOf(
          'Cartonnerie Vaudry dément toute négociation. Le groupe investit 20 millions d’euros dans une nouvelle onduleuse, qui doit entrer en service au printemps.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
    expect(
      launches(
        claimsOf(
          'Nubéo a obtenu sa qualification. Ses premières machines seront accessibles aux clients dès novembre 2029.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual(['Nubéo @ 2029-11']);
    expect(
      launches(
        claimsOf(
          'Ocelia Thérapeutiques a levé 20 millions d’euros. Ses premiers résultats, attendus au printemps, conditionneront une éventuelle mise sur le marché, que la société n’envisage pas avant 2031.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual(['Ocelia Thérapeutiques @ 2031']);
  });

  it('a venture named only further on (a standfirst) launches as no founder; named before, it launches', () => {
    const claims = claimsOf(
      'La coentreprise commercialisera ses premières offres à la rentrée. Telvane et Ordis ont créé Medra, une coentreprise à parts égales. Medra commercialisera ses premières offres en septembre 2029.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual(['Medra @ 2029-09']);
    const named = claimsOf(
      'Telvane et Ordis créent une coentreprise baptisée Medra. La coentreprise commercialisera ses premières offres à la rentrée.',
      'fr',
      PUB,
    );
    expect(launches(named)).toEqual(['Medra @ 2029']);
  });
});
