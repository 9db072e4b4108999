import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, partiesAndStatus } from './claims-of.ts';

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  partiesAndStatus(claimsOf(text, language, '2028-11-13'), kind);
const percents = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, '2028-11-13').flatMap((c) => (c.kind === 'acquisition' ? [c.percent] : []));

describe('stakes told in the phrasings of deal columns', () => {
  it('reads a take-private as the purchase of the company, not as an agreement', () => {
    const text =
      'Ardwell Partners is in talks to take AIM-listed Pellory Foods private at around 145p a share.';
    expect(of(text, 'en', 'acquisition')).toEqual([
      { parties: ['Ardwell Partners', 'Pellory Foods'], status: 'rumour' },
    ]);
    expect(of(text, 'en', 'agreement')).toEqual([]);
  });

  it('counter-example: a company going private with no buyer named is no purchase', () => {
    expect(of('Pellory Foods said it would go private next year.', 'en', 'acquisition')).toEqual([]);
  });

  it('reads a bidder for a company as one seeking to buy it', () => {
    expect(
      of('Corran Capital is among at least three bidders for Tarbet Foods.', 'en', 'acquisition'),
    ).toEqual([{ parties: ['Corran Capital', 'Tarbet Foods'], status: 'confirmed' }]);
  });

  it('counter-example: a possible bidder an analyst names is no bid', () => {
    expect(
      of(
        'Corran Capital had been mentioned in the press as a possible bidder for Tarbet Foods.',
        'en',
        'acquisition',
      ),
    ).toEqual([]);
  });

  it('reads a stake a company weighs, and an investment of a share, as a stake in the company named after', () => {
    expect(of('Sorvane Electric is weighing a minority stake in Pilavia.', 'en', 'acquisition')).toEqual([
      { parties: ['Pilavia', 'Sorvane Electric'], status: 'rumour' },
    ]);
    const text = 'Veldmark Chemicals is exploring an investment of up to 20% in Brightloop Materials.';
    expect(of(text, 'en', 'acquisition')).toEqual([
      { parties: ['Brightloop Materials', 'Veldmark Chemicals'], status: 'rumour' },
    ]);
    expect(percents(text, 'en')).toEqual([20]);
  });

  it('counter-example: an investment with no share told is no stake', () => {
    expect(
      of(
        'Veldmark Chemicals is exploring an investment in Brightloop Materials plant equipment.',
        'en',
        'acquisition',
      ),
    ).toEqual([]);
  });

  it('reads talks to invest in a company, denied, as a denied stake', () => {
    expect(
      of(
        'Veldmark Chemicals said it is not in talks to invest in Brightloop Materials.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Brightloop Materials', 'Veldmark Chemicals'], status: 'denied' }]);
  });

  it('reads a share signed for, and a share taken in a round with nothing after it', () => {
    expect(
      percents('Oxhill Labs signed for 60% of the Swiss laboratory network Brevan Diagnostics.', 'en'),
    ).toEqual([60]);
    const round = 'Tarbet Foods raised €20m in a round led by Corran Capital, which takes 18%.';
    expect(of(round, 'en', 'acquisition')).toEqual([
      { parties: ['Corran Capital', 'Tarbet Foods'], status: 'confirmed' },
    ]);
    expect(percents(round, 'en')).toEqual([18]);
  });

  it('counter-example: a share of a market taken is no stake', () => {
    expect(
      of('Corran Capital takes 18% of the market, and Tarbet Foods takes 10%.', 'en', 'acquisition'),
    ).toEqual([]);
  });
});

const launches = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, '2028-11-13').flatMap((c) =>
    c.kind === 'launch' ? [{ parties: c.parties, eventDate: c.eventDate, status: c.status }] : [],
  );

describe('an offer made available in the words of Quebec and retail writing', () => {
  it('reads « sera offert à partir de » and « offerts dans ses magasins » as a dated launch', () => {
    expect(
      launches(
        'Rail Morvanne a indiqué que son service intermodal entre Rimouski et Matane serait offert à partir de septembre 2029.',
        'fr',
      ),
    ).toEqual([{ parties: ['Rail Morvanne'], eventDate: '2029-09', status: 'confirmed' }]);
    expect(
      launches(
        'Carrefour a indiqué que les plats seraient offerts dans ses 300 magasins à partir de mai 2029.',
        'fr',
      ),
    ).toEqual([{ parties: ['Carrefour'], eventDate: '2029-05', status: 'confirmed' }]);
  });

  it('counter-example: shares offered to employees are no offer put on sale', () => {
    expect(
      launches(
        'Les actions de Rail Morvanne seront offertes à partir de mai 2029 aux salariés du groupe.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('reads « commencera à offrir », « mettra en vente » and « comptent déployer » with their date', () => {
    expect(
      launches(
        'Kerlan Formation commencera à offrir ses programmes dans un nouveau centre de Laval à partir de janvier 2030.',
        'fr',
      ),
    ).toEqual([{ parties: ['Kerlan Formation'], eventDate: '2030-01', status: 'confirmed' }]);
    expect(
      launches(
        'Les granulés serviront à fabriquer des sacs que Carrefour mettra en vente dans ses hypermarchés à partir d’octobre 2028.',
        'fr',
      ),
    ).toEqual([{ parties: ['Carrefour'], eventDate: '2028-10', status: 'confirmed' }]);
    expect(
      launches(
        'Kerlan Santé et Doctolib ont signé un partenariat. Les deux groupes comptent déployer l’outil à partir de mars 2028.',
        'fr',
      ),
    ).toEqual([{ parties: ['Kerlan Santé', 'Doctolib'], eventDate: '2028-03', status: 'confirmed' }]);
  });

  it('counter-example: a subsidiary put up for sale is no launch', () => {
    expect(
      launches('Carrefour mettra en vente sa filiale Kerlan Voyages à partir de mars 2028.', 'fr'),
    ).toEqual([]);
  });

  it('reads a service that will not start before a date as a bounded launch', () => {
    const [c] = claimsOf(
      'Le service ne démarrera toutefois pas avant septembre 2029, a précisé Rail Morvanne.',
      'fr',
      '2028-11-13',
    ).filter((o) => o.kind === 'launch');
    expect(c?.kind === 'launch' ? [c.parties, c.eventDate, c.bound] : []).toEqual([
      ['Rail Morvanne'],
      '2029-09',
      'not_before',
    ]);
  });

  it('reads a product for stadiums as the product made available, not as a stadium opening', () => {
    expect(
      launches(
        'Ball Corp said its reusable cup for stadiums and arenas would be available to venue operators from March 2029.',
        'en',
      ),
    ).toEqual([{ parties: ['Ball Corp'], eventDate: '2029-03', status: 'confirmed' }]);
  });

  it('counter-example: a stadium itself opening stays no launch', () => {
    expect(
      launches('Ball Corp said its new stadium would be available to clubs from March 2029.', 'en'),
    ).toEqual([]);
  });
});

describe('a co-investor’s share of the company just bought', () => {
  it('reads "X takes 10%" and « entre au capital à hauteur de 10 % » after a purchase as a stake in its target', () => {
    expect(
      of(
        'Ardence Capital signed on Monday to buy 65% of Menuiseries Kerbel, a window maker near Nantes. Corran Capital takes 10% and the family rolls 25%.',
        'en',
        'acquisition',
      ),
    ).toContainEqual({ parties: ['Corran Capital', 'Menuiseries Kerbel'], status: 'confirmed' });
    expect(
      of(
        'Ardence Capital a signé lundi l’acquisition de 65 % de Menuiseries Kerbel. Corran Capital entre au capital à hauteur de 10 % aux côtés du fonds, tandis que la famille conserve 25 %.',
        'fr',
        'acquisition',
      ),
    ).toContainEqual({ parties: ['Corran Capital', 'Menuiseries Kerbel'], status: 'confirmed' });
  });

  it('counter-example: the buyer’s own option on a further share is no second stake, and another matter is no co-investment', () => {
    const option = claimsOf(
      'Ardence Capital has agreed to buy a 49% stake in Menuiseries Kerbel, and Ardence Capital will have an option to buy a further 26% from 2032.',
      'en',
      '2028-11-13',
    ).filter((c) => c.kind === 'acquisition');
    expect(option.map((c) => c.status)).toEqual(['confirmed']);
    expect(
      of(
        'Ardence Capital signed on Monday to buy 65% of Menuiseries Kerbel. Separately, Corran Capital takes 10%.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Ardence Capital', 'Menuiseries Kerbel'], status: 'confirmed' }]);
  });

  it('reads « sa prise de participation de 25 % dans » after an announcing verb as the subject’s stake', () => {
    expect(
      percents(
        'Valmeris Groupe a officialisé mardi soir sa prise de participation de 25 % dans Pyrandel Recyclage.',
        'fr',
      ),
    ).toEqual([25]);
  });
});
