import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Claims the engine lost although the sentence held them (mechanism round 7, recall), written afresh. */
const PUB = '2026-05-12';

const launchesOf = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === 'launch');

describe('an offer named before a site it serves is still an offer: the reporting company launches it', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'A version for regional hospitals, hosted in Orange data centres, is due to launch in 2027, Vantelis Health said.',
      'en',
      'Vantelis Health',
    ],
    [
      'A version for container terminals is expected to go live in March 2028, Brakmoor Systems said.',
      'en',
      'Brakmoor Systems',
    ],
    [
      'Kestrel Orbital said its new ground terminal, built for the navy, would not be commercially available to other customers before mid-2028.',
      'en',
      'Kestrel Orbital',
    ],
    [
      'Une version destinée aux hôpitaux, hébergée dans les centres de données de Nuvanta, sera disponible en 2028, a précisé Medisoft Partners.',
      'fr',
      'Medisoft Partners',
    ],
    [
      'Ardéval Systèmes a indiqué que son nouveau terminal portuaire ne serait pas commercialement disponible avant 2029.',
      'fr',
      'Ardéval Systèmes',
    ],
  ];
  for (const [text, lang, party] of cases)
    it(party, () => {
      expect(find(launchesOf(text, lang), 'launch', [party]).length).toBe(1);
    });

  it('a site put into service is still no launch', () => {
    expect(
      launchesOf(
        'The new container terminal in Antwerp is due to open in 2028, Brakmoor Systems said.',
        'en',
      ),
    ).toEqual([]);
    expect(
      launchesOf('Le nouveau data center de Lyon doit entrer en service en 2028, a précisé Nuvanta.', 'fr'),
    ).toEqual([]);
    expect(
      launchesOf('The hospital building in Leeds will be operational in 2027, Vantelis Health said.', 'en'),
    ).toEqual([]);
  });
});

describe('an offer told by its coming availability to customers, with a start date', () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      'Norvelle Spatial a levé 40 millions. Son service de suivi des navires sera offert aux clients publics et privés dès le début de 2028.',
      'fr',
      'Norvelle Spatial',
      '2028',
    ],
    [
      "La nouvelle offre de sauvegarde gérée sera offerte aux clients européens de Telvane Systems à compter d'avril 2028.",
      'fr',
      'Telvane Systems',
      '2028-04',
    ],
    [
      'Hermine Cloud a obtenu la qualification. Une offre de calcul, dont la qualification reste à obtenir, devrait suivre en 2028.',
      'fr',
      'Hermine Cloud',
      '2028',
    ],
    [
      'Brévane Hébergement a été qualifié. L’hébergeur lyonnais ouvrira en mars 2028 une offre de stockage destinée aux collectivités.',
      'fr',
      'Brévane Hébergement',
      '2028-03',
    ],
    [
      'Mutuelle Orvane a été certifiée. Le nouvel espace client, qui permettra notamment de suivre un remboursement, ouvrira en janvier 2027.',
      'fr',
      'Mutuelle Orvane',
      '2027-01',
    ],
    [
      'Calloway Energy signed a supply deal with Vestas. From 1 March 2028, its household customers will be able to buy a tariff matched to its wind farms.',
      'en',
      'Calloway Energy',
      '2028-03-01',
    ],
    [
      'Quarrow Cloud won the certification. A managed database service, still awaiting approval, will follow in 2028.',
      'en',
      'Quarrow Cloud',
      '2028',
    ],
    [
      'Penwith Telecom said its business customers will be able to order the fibre plan from September 2027.',
      'en',
      'Penwith Telecom',
      '2027-09',
    ],
  ];
  for (const [text, lang, party, date] of cases)
    it(`${party} ${date}`, () => {
      const c = find(launchesOf(text, lang), 'launch', [party])[0];
      expect(c?.kind === 'launch' ? c.eventDate : undefined).toBe(date);
    });

  it('the supplier whose technology the offer holds does not launch it', () => {
    const fr = launchesOf(
      "Soprane a racheté Vigilis. La nouvelle offre de détection intégrant la technologie de Vigilis sera offerte aux clients de Soprane à compter d'avril 2028.",
      'fr',
    );
    expect(fr.map((c) => c.parties)).toEqual([['Soprane']]);
    const en = launchesOf(
      "Capgemini bought Quillane. A monitoring service built on Quillane's technology will be offered to Capgemini clients from April 2028.",
      'en',
    );
    expect(en.map((c) => c.parties)).toEqual([['Capgemini']]);
  });

  it('a gift offered, a bid, a codeshare or shareholders buying are no launch', () => {
    const none: [string, 'fr' | 'en'][] = [
      ['Un coffret cadeau sera offert aux clients de Maison Derval dès le 1er décembre 2026.', 'fr'],
      ['Selon Les Echos, une offre formelle de Vinci sur Gardane devrait suivre en juin 2026.', 'fr'],
      ["Valtaro passengers will be able to connect onto TAP's network from May 2027.", 'en'],
      ['Harlow Bank said shareholders will be able to buy new shares from 3 June 2027.', 'en'],
      ['A formal offer for Gardane will follow in June 2026, people familiar with the matter said.', 'en'],
    ];
    for (const [text, lang] of none) expect(launchesOf(text, lang)).toEqual([]);
  });
});
