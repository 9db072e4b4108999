import { describe, expect, it } from 'vitest';
import { claimsOf, find, moves, partiesAndStatus } from './claims-of.ts';

describe('a change measured against an offer price, last year or a span of months is no session’s move', () => {
  it('reads "up 15% from its offer price" and "up 9% on last year" as no move, keeping the day’s move', () => {
    const claims = claimsOf(
      'Verhaal Optics debuted in Tokyo in February. Verhaal Optics is up about 15% from its offer price. Verhaal Optics shares rose 2.1% on Monday. Its order cover for 2029 stands at ¥80bn, up 9% on last year.',
      'en',
      '2028-03-08',
    );
    expect(moves(claims)).toEqual([
      { party: 'Verhaal Optics', percent: 2.1, direction: 'up', day: '2028-03-06' },
    ]);
  });

  it('reads "gained 6% last week" as a week’s change, but not a later move after it', () => {
    const claims = claimsOf(
      'Brisvale Mining shares gained more than 6% last week as investors awaited the drilling results. Tallow Creek Energy, which fell 4% last week, rose 3% on Monday.',
      'en',
      '2028-03-08',
    );
    expect(moves(claims)).toEqual([
      { party: 'Tallow Creek Energy', percent: 3, direction: 'up', day: '2028-03-06' },
    ]);
  });

  it('reads « en hausse de 14 % par rapport à son prix d’introduction » and « sur les neuf premiers mois » as no move', () => {
    const claims = claimsOf(
      "Ormelune Santé a fait ses débuts à la Bourse de Paris en janvier. Le titre d'Ormelune Santé reste en hausse de 14 % par rapport à son prix d'introduction. Le chiffre de la fréquentation sur le réseau de Ventaro Autoroutes a progressé de 8 % sur les neuf premiers mois de l'année. L'action Ventaro Autoroutes a gagné 1,2 % lundi.",
      'fr',
      '2028-03-08',
    );
    expect(moves(claims)).toEqual([
      { party: 'Ventaro Autoroutes', percent: 1.2, direction: 'up', day: '2028-03-06' },
    ]);
  });

  it('counter-example: a move of the day told beside « la semaine dernière » for another fact stays', () => {
    const claims = claimsOf(
      "Korsen Industrie, qui avait annoncé la semaine dernière un plan d'économies, a bondi de 5,4 % mardi à la Bourse de Paris.",
      'fr',
      '2028-03-08',
    );
    expect(moves(claims)).toEqual([
      { party: 'Korsen Industrie', percent: 5.4, direction: 'up', day: '2028-03-07' },
    ]);
  });
});

describe('a denial a relative clause dates before the story is no statement of it', () => {
  it('reads "which denied earlier this month …, said on Monday it had no further comment" as the no-comment only', () => {
    const claims = claimsOf(
      'Torvane Energy agreed on Monday to buy 70% of Calder Solar for $630 million. Ristow Power, which denied earlier this month that it had bid for Calder Solar, said on Monday it had no further comment.',
      'en',
      '2028-03-07',
    );
    expect(partiesAndStatus(claims, 'statement')).toEqual([{ parties: ['Ristow Power'], status: 'rumour' }]);
  });

  it('reads "the agent that X denied pursuing last month" as background: no denial by X, the purchase confirmed', () => {
    const claims = claimsOf(
      "Harwick Insurance has agreed to buy Brenmoor Underwriting, the Lloyd's managing agent that Fallwick Group denied pursuing last month, for £455m in cash.",
      'en',
      '2028-03-07',
    );
    expect(partiesAndStatus(claims, 'statement')).toEqual([]);
    expect(find(claims, 'acquisition', ['Harwick Insurance', 'Brenmoor Underwriting'])[0]?.status).toBe(
      'confirmed',
    );
  });

  it('counter-example: a denial of this week in the same relative clause shape stays a denial', () => {
    const claims = claimsOf(
      'Ristow Power, which denied on Monday that it had bid for Calder Solar, is still studying the market.',
      'en',
      '2028-03-07',
    );
    expect(partiesAndStatus(claims, 'statement')).toEqual([{ parties: ['Ristow Power'], status: 'denied' }]);
  });
});

describe('what a company did "confirms" something: the company says nothing', () => {
  it('reads "Analysts said X\'s interest confirmed that …" as no statement of X', () => {
    const claims = claimsOf(
      "Analysts in Sydney said Korlan Metals' interest confirmed that European groups were willing to pay for secure supplies.",
      'en',
      '2028-03-07',
    );
    expect(partiesAndStatus(claims, 'statement')).toEqual([]);
  });

  it('reads « l’arrivée de X confirme que … » as no statement of X', () => {
    const claims = claimsOf(
      "Pour les analystes, l'arrivée de Korlan Métaux confirme que les industriels européens sont prêts à payer le prix.",
      'fr',
      '2028-03-07',
    );
    expect(partiesAndStatus(claims, 'statement')).toEqual([]);
  });

  it('counter-example: "X\'s chief executive confirmed" is X speaking', () => {
    const claims = claimsOf(
      "Dralvo Mining's chief executive confirmed on Tuesday that the company was in talks with Korlan Metals.",
      'en',
      '2028-03-07',
    );
    expect(partiesAndStatus(claims, 'statement')).toEqual([
      { parties: ['Dralvo Mining'], status: 'confirmed' },
    ]);
  });
});

describe('a country, a city or a sea is never a party', () => {
  it('reads "Algeria\'s Zeralda Leasing" as the company, not the country, and "three Gulf cities" as no party', () => {
    const claims = claimsOf(
      "Rabat Capital, which Bloomberg reported last week was in talks to buy a stake in Algeria's Zeralda Leasing, again declined to comment on Wednesday. Qalvar Energy and Hesperon Utilities also agreed to jointly develop district cooling networks in three Gulf cities, the companies said.",
      'en',
      '2028-03-09',
    );
    expect(partiesAndStatus(claims, 'acquisition')).toEqual([
      { parties: ['Rabat Capital', 'Zeralda Leasing'], status: 'rumour' },
    ]);
    expect(partiesAndStatus(claims, 'agreement')).toEqual([
      { parties: ['Hesperon Utilities', 'Qalvar Energy'], status: 'confirmed' },
    ]);
  });

  it('reads "fell 5.8% in Mexico City …, having risen 7% on Tuesday" as two moves of the stock, none of the city', () => {
    const claims = claimsOf(
      'Golfo Norte Airports shares fell 5.8% in Mexico City on Wednesday after the denial, having risen 7% on Tuesday when the report was published.',
      'en',
      '2028-03-09',
    );
    expect(moves(claims)).toEqual([
      { party: 'Golfo Norte Airports', percent: 5.8, direction: 'down', day: '2028-03-08' },
      { party: 'Golfo Norte Airports', percent: 7, direction: 'up', day: '2028-03-07' },
    ]);
  });

  it('reads « Outre-Atlantique, X a signé l’acquisition de Y » without the ocean, and « Le PSI lisboète » as an index', () => {
    const claims = claimsOf(
      "Outre-Atlantique, Ferval Gestion a signé lundi l'acquisition de Brattle Lane Investments, une société de gestion de Boston. Le PSI lisboète gagne 0,2 %.",
      'fr',
      '2028-03-07',
    );
    expect(partiesAndStatus(claims, 'acquisition')).toEqual([
      { parties: ['Brattle Lane Investments', 'Ferval Gestion'], status: 'confirmed' },
    ]);
    expect(moves(claims)).toEqual([]);
  });

  it('counter-example: a company whose name begins with a sea keeps it', () => {
    const claims = claimsOf(
      'Atlantic Ferries agreed on Monday to buy 40% of Kerrow Shipping.',
      'en',
      '2028-03-09',
    );
    expect(partiesAndStatus(claims, 'acquisition')).toEqual([
      { parties: ['Atlantic Ferries', 'Kerrow Shipping'], status: 'confirmed' },
    ]);
  });
});

describe('a side’s own group, named by the first word of the side’s name, is no third side', () => {
  it('reads "Aldi Nederland and X … under Aldi\'s own label" as a deal of two sides', () => {
    const claims = claimsOf(
      "Aldi Nederland and Haldor Dairy have signed a three-year supply agreement for yoghurts sold under Aldi's own label, the companies said on Thursday.",
      'en',
      '2028-03-09',
    );
    expect(partiesAndStatus(claims, 'agreement')).toEqual([
      { parties: ['Aldi Nederland', 'Haldor Dairy'], status: 'confirmed' },
    ]);
  });

  it('counter-example: a group and its own unit signing together stay two sides', () => {
    const claims = claimsOf(
      'Aldi and Aldi Nederland signed a ten-year warehousing agreement with each other on Monday.',
      'en',
      '2028-03-09',
    );
    expect(partiesAndStatus(claims, 'agreement')).toEqual([
      { parties: ['Aldi', 'Aldi Nederland'], status: 'confirmed' },
    ]);
  });
});
