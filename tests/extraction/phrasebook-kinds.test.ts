import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes the phrasebook showed (parties, share moves, deals, certifications, dates, traps), invented afresh. */
const PUB = '2026-11-12'; // a Thursday

type Case = [string, 'fr' | 'en', string[]];

describe('a single unknown word moving on the market is the listed company', () => {
  const moves: [string, 'fr' | 'en', string, number, 'up' | 'down', string][] = [
    [
      'Dalvenne s’est envolé de 8,2 % mercredi après ses résultats.',
      'fr',
      'Dalvenne',
      8.2,
      'up',
      '2026-11-11',
    ],
    ['Mercredi, Orlosa a flambé de 12 % à Milan.', 'fr', 'Orlosa', 12, 'up', '2026-11-11'],
    ['Kestrine a dégringolé de 6,5 % mercredi.', 'fr', 'Kestrine', 6.5, 'down', '2026-11-11'],
    ['Shares of Marrowby closed 3.4% higher on Wednesday.', 'en', 'Marrowby', 3.4, 'up', '2026-11-11'],
    [
      'Tallisker slumped 7.1% on Wednesday after a profit warning.',
      'en',
      'Tallisker',
      7.1,
      'down',
      '2026-11-11',
    ],
    ['Pembrok tumbled 4% in late trading on Wednesday.', 'en', 'Pembrok', 4, 'down', '2026-11-11'],
  ];
  for (const [text, lang, party, percent, direction, day] of moves)
    it(`${party} ${direction} ${percent}`, () => {
      const m = find(claimsOf(text, lang, PUB), 'share_move', [party])[0];
      expect(m?.kind === 'share_move' && [m.percent, m.direction, m.eventDate]).toEqual([
        percent,
        direction,
        day,
      ]);
    });

  it('a person who gains something is no share move', () => {
    const claims = claimsOf('Marc Delorme a gagné 12 % de voix supplémentaires au second tour.', 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
});

describe('a contract with or from a company, or a sector noun closing its name, makes an agreement', () => {
  const deals: Case[] = [
    [
      'Renault a conclu jeudi un contrat de sept ans avec Vallorbe Ingénierie.',
      'fr',
      ['Renault', 'Vallorbe Ingénierie'],
    ],
    [
      'La Poste a passé commande de 300 vélos auprès de Quimelle Cycles Industrie.',
      'fr',
      ['La Poste', 'Quimelle Cycles Industrie'],
    ],
    [
      'Orange a attribué à Tressan Hébergement un contrat-cadre de trois ans.',
      'fr',
      ['Orange', 'Tressan Hébergement'],
    ],
    [
      'Stellantis signed a supply contract with Harwick Tooling on Monday.',
      'en',
      ['Stellantis', 'Harwick Tooling'],
    ],
  ];
  for (const [text, lang, parties] of deals)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties).length).toBe(1);
    });

  it('a contract with no second company is no agreement', () => {
    const claims = claimsOf('Le contrat de travail avec le directeur général a été prolongé.', 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('orders, won contracts and licences name a deal between two companies', () => {
  const deals: Case[] = [
    ['EasyJet has ordered 40 de-icing trucks from Holloway Motors.', 'en', ['easyJet', 'Holloway Motors']],
    [
      'Brenmoor Freight won a three-year haulage contract from Tesco on Tuesday.',
      'en',
      ['Brenmoor Freight', 'Tesco'],
    ],
    ['Quillan Bio has licensed its asthma compound to Sanofi.', 'en', ['Quillan Bio', 'Sanofi']],
    [
      'Siemens agreed to license Marlow Speech’s voice models for its factory robots.',
      'en',
      ['Siemens', 'Marlow Speech'],
    ],
  ];
  for (const [text, lang, parties] of deals)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties).length).toBe(1);
    });

  it('ordering products from customers or a deal recalled "under the deal" adds no party', () => {
    const claims = claimsOf('Under the deal, Renault will also hire 200 engineers.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('a name the venture noun recalls in apposition is the alliance', () => {
  const ventures: [string, 'fr' | 'en', string[], string][] = [
    [
      'Engie et Tassin Hydro ont créé Cascadelle, une coentreprise qui gérera six barrages.',
      'fr',
      ['Engie', 'Tassin Hydro'],
      'Cascadelle',
    ],
    [
      'Safran et Morvan Composites vont fonder Aérolis, une société commune basée à Dijon.',
      'fr',
      ['Safran', 'Morvan Composites'],
      'Aérolis',
    ],
    [
      'Shell and Harwick Tooling formed Tidewell, a joint venture that will build turbines.',
      'en',
      ['Shell', 'Harwick Tooling'],
      'Tidewell',
    ],
  ];
  for (const [text, lang, parties, alliance] of ventures)
    it(alliance, () => {
      const deal = find(claimsOf(text, lang, PUB), 'agreement', parties)[0];
      expect(deal?.kind === 'agreement' && deal.alliance).toBe(alliance);
    });

  it('a known company in apposition is no alliance name', () => {
    const deal = claimsOf(
      'Vinci a signé un accord avec Orange, une entreprise commune étant exclue.',
      'fr',
      PUB,
    ).find((c) => c.kind === 'agreement');
    expect(deal?.kind === 'agreement' && deal.alliance).toBeFalsy();
  });
});

describe('stakes: a percentage of the capital, a block bought on top, a stake sold to a buyer', () => {
  const stakes: [string, 'fr' | 'en', string[], number][] = [
    [
      'Le fonds Eurazeo va prendre 30 % du capital de Barsac Optique.',
      'fr',
      ['Eurazeo', 'Barsac Optique'],
      30,
    ],
    [
      'Total a acquis 5 % supplémentaires de Lorvane Hydro, portant sa participation à 25 %.',
      'fr',
      ['TotalEnergies', 'Lorvane Hydro'],
      5,
    ],
    [
      'Brisbey Therapeutics agreed to sell a 12.5% stake to Roche for $60 million.',
      'en',
      ['Roche', 'Brisbey Therapeutics'],
      12.5,
    ],
  ];
  for (const [text, lang, parties, percent] of stakes)
    it(`${parties.join(' / ')} ${percent}%`, () => {
      const deal = find(claimsOf(text, lang, PUB), 'acquisition', parties)[0];
      expect(deal?.kind === 'acquisition' && deal.percent).toBe(percent);
    });
});

describe('role nouns and outlets around unknown names', () => {
  it('a role noun before a bought name makes it a company ("l’imprimerie Kovalen")', () => {
    const claims = claimsOf('Le groupe Morvel a racheté la brasserie Tolvane, à Rennes.', 'fr', PUB);
    expect(find(claims, 'acquisition', ['Morvel', 'Tolvane']).length).toBe(1);
  });
  it('an owner of a newspaper is the buyer, not the newspaper', () => {
    const claims = claimsOf(
      'Le groupe Ardelis, propriétaire du Journal de Vendée, a racheté l’imprimerie Salvane.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Ardelis', 'Salvane']).length).toBe(1);
  });
  it('an English role noun ending in -maker introduces a company', () => {
    const claims = claimsOf('The chipmaker Orvanta signed a supply deal with Bosch.', 'en', PUB);
    expect(find(claims, 'agreement', ['Orvanta', 'Bosch']).length).toBe(1);
  });
});

describe('certifications: renewed, rumoured, held by the name after an object relative, audited', () => {
  const obtained: [string, 'fr' | 'en', string, string, 'confirmed' | 'rumour'][] = [
    [
      'Scaleway a vu sa qualification SecNumCloud renouvelée par l’ANSSI.',
      'fr',
      'Scaleway',
      'SecNumCloud',
      'confirmed',
    ],
    [
      'D’après nos informations, Norvelle Cloud aurait obtenu la certification HDS en octobre.',
      'fr',
      'Norvelle Cloud',
      'HDS',
      'rumour',
    ],
    [
      'Orvane Data, qui détient déjà la certification HDS, a obtenu jeudi la norme ISO 27001.',
      'fr',
      'Orvane Data',
      'ISO 27001',
      'confirmed',
    ],
    [
      'Following a review by KPMG, Sallow Payments is now ISO 27001 certified.',
      'en',
      'Sallow Payments',
      'ISO 27001',
      'confirmed',
    ],
  ];
  for (const [text, lang, holder, label, status] of obtained)
    it(`${holder} ${label}`, () => {
      const claims = claimsOf(text, lang, PUB);
      const cert = claims.find((c) => c.kind === 'certification' && c.label === label);
      expect([cert?.parties, cert?.status]).toEqual([[holder], status]);
      // The auditor is never a holder.
      expect(claims.filter((c) => c.kind === 'certification' && c.parties.includes('KPMG'))).toEqual([]);
    });

  it('a label to obtain is no certification; the rival that holds it (object relative) is the holder', () => {
    const claims = claimsOf(
      'Pour ce marché, Bouygues Telecom devra obtenir la qualification SecNumCloud, que détient déjà son rival OVHcloud.',
      'fr',
      PUB,
    );
    const certs = claims.filter((c) => c.kind === 'certification');
    expect(certs.map((c) => c.parties)).toEqual([['OVHcloud']]);
  });
});

describe('launch dates: upper bounds, next month, a month named without its year', () => {
  const launches: [string, 'fr' | 'en', string, string, string | undefined][] = [
    [
      'Korval s’est engagé à ouvrir sa plateforme de paiement au plus tard en mars 2028.',
      'fr',
      'Korval',
      '2028-03',
      'not_after',
    ],
    [
      'D’ici la fin de 2027, Brenna promet de proposer son offre de télésanté en Belgique.',
      'fr',
      'Brenna',
      '2027',
      'not_after',
    ],
    [
      'Marvane Énergie lancera le mois prochain son offre d’électricité verte.',
      'fr',
      'Marvane Énergie',
      '2026-12',
      undefined,
    ],
    [
      'Orsay Mobilité proposera son service de covoiturage à partir de février.',
      'fr',
      'Orsay Mobilité',
      '2027-02',
      'not_before',
    ],
    [
      'Starting in December, Kelby Audio will offer its podcast platform in Spain.',
      'en',
      'Kelby Audio',
      '2026-12',
      'not_before',
    ],
  ];
  for (const [text, lang, party, date, bound] of launches)
    it(`${party} ${date}`, () => {
      const launch = find(claimsOf(text, lang, PUB), 'launch', [party])[0];
      expect(launch?.kind === 'launch' && [launch.eventDate, launch.bound]).toEqual([date, bound]);
    });

  it('a month told in the past ("in September") makes no launch of an offer', () => {
    const claims = claimsOf('Leonardo had made a rival offer for Skarvik in September.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('the same launch told twice, once vaguely, is one claim with the precise date', () => {
    const claims = claimsOf(
      'Dunmore Grocers will open its delivery service on December 3 in Leeds. The chain says the service will launch next month.',
      'en',
      PUB,
    );
    const launches = claims.filter((c) => c.kind === 'launch');
    expect(launches.map((c) => c.kind === 'launch' && c.eventDate)).toEqual(['2026-12-03']);
  });
});

describe('share moves: running totals, shared days, the eve of a named day, session times', () => {
  const day = (text: string, lang: 'fr' | 'en', pub = PUB) =>
    claimsOf(text, lang, pub)
      .filter((c) => c.kind === 'share_move')
      .map((c) => c.kind === 'share_move' && [c.parties[0], c.percent, c.direction, c.eventDate]);

  it('a running total after "portant à" is no move; the day’s move stays', () => {
    expect(day('Korlane a gagné 2,1 % mercredi, portant à 35 % sa hausse depuis janvier.', 'fr')).toEqual([
      ['Korlane', 2.1, 'up', '2026-11-11'],
    ]);
  });
  it('a year-to-date loss keeps its company for the day’s move told after it', () => {
    expect(
      day('Harlow Mining shares have lost 22% so far this year, and fell another 0.8% yesterday.', 'en'),
    ).toEqual([['Harlow Mining', 0.8, 'down', '2026-11-11']]);
  });
  it('a weekly gain is cumulative; the Friday move inside it counts', () => {
    expect(
      day('Quarry Brands ended the week 9% higher, having jumped 4.5% on Friday alone.', 'en', '2026-11-14'),
    ).toEqual([['Quarry Brands', 4.5, 'up', '2026-11-13']]);
  });
  it('"gave back" right before a figure is a fall; "giving back most of the gain" is not its direction', () => {
    expect(
      day('Tamsin Bank surged 9% on Monday, only to give back 4% on Tuesday.', 'en', '2026-11-12'),
    ).toEqual([
      ['Tamsin Bank', 9, 'up', '2026-11-09'],
      ['Tamsin Bank', 4, 'down', '2026-11-10'],
    ]);
  });
  it('one day word serves every move of a list', () => {
    expect(
      day('Vodafone fell 2.2% and BT shed 1% on Wednesday, while Telefonica edged up 0.4%.', 'en'),
    ).toEqual([
      ['Vodafone', 2.2, 'down', '2026-11-11'],
      ['BT', 1, 'down', '2026-11-11'],
      ['Telefónica', 0.4, 'up', '2026-11-11'],
    ]);
  });
  it('"la veille" after a named day is the day before it', () => {
    expect(day('Le titre Sarvane a cédé 1,5 % mercredi, après une chute de 9 % la veille.', 'fr')).toEqual([
      ['Sarvane', 1.5, 'down', '2026-11-11'],
      ['Sarvane', 9, 'down', '2026-11-10'],
    ]);
  });
  it('"vers 15 heures" and "by the close" date a move on the publication day', () => {
    expect(day('Vers 15 heures, Capgemini gagnait 1,2 %.', 'fr')).toEqual([['Capgemini', 1.2, 'up', PUB]]);
    expect(day('By the close, Siemens was down 2.5%.', 'en')).toEqual([['Siemens', 2.5, 'down', PUB]]);
  });
});

describe('traps: athletes, commentators’ employers, lost contracts', () => {
  const none: [string, 'fr' | 'en'][] = [
    [
      'Sailing partners Léa Morvan and Jules Kerhoas have agreed to team up for the next transatlantic race.',
      'en',
    ],
    ['Skier Anna Lindqvist has signed a two-year sponsorship deal with Salomon.', 'en'],
    [
      '« Brevane ferait une belle proie pour un groupe comme Carrefour », estime Paul Girard, analyste chez Orsel Gestion, qui ne cite aucune discussion.',
      'fr',
    ],
    [
      '"Tarrow would suit a buyer like Unilever," said Jane Holt, an analyst at Corrib Securities, who knows of no talks.',
      'en',
    ],
    ['Kestrel Cables fell 11% on Friday after losing a contract with Network Rail.', 'en'],
    ['Le titre Dorvane a chuté de 7 % mardi après la perte d’un contrat avec la SNCF.', 'fr'],
  ];
  for (const [text, lang] of none)
    it(text.slice(0, 60), () => {
      const claims = claimsOf(text, lang, PUB);
      expect(claims.filter((c) => c.kind === 'agreement' || c.kind === 'acquisition')).toEqual([]);
    });

  it('a company listed with another company in a deal slot stays a company', () => {
    const claims = claimsOf('Orange et Kestrane ont signé un accord de distribution.', 'fr', PUB);
    expect(find(claims, 'agreement', ['Orange', 'Kestrane']).length).toBe(1);
  });
});

describe('launches: rockets and buildings are none; a fronted participle before the venture; a product apposition', () => {
  const none: [string, 'fr' | 'en'][] = [
    ['Le prochain tir de Vega est prévu le 4 décembre depuis Kourou.', 'fr'],
    ['Le vol inaugural d’Ariane 6 dans sa version longue aura lieu en mars 2027.', 'fr'],
    [
      'Marriott et Orsel Immobilier ont signé un accord portant sur six hôtels, dont l’ouverture est prévue en 2028.',
      'fr',
    ],
    ['L’ouverture des trois usines de Kervane est prévue au printemps 2027.', 'fr'],
  ];
  for (const [text, lang] of none)
    it(text.slice(0, 50), () => {
      expect(claimsOf(text, lang, PUB).filter((c) => c.kind === 'launch')).toEqual([]);
    });

  it('"Créée par X et Y, la coentreprise Z proposera ..." is Z’s launch', () => {
    const claims = claimsOf(
      'Fondée en 2025 par Thales et Varne Optique, la coentreprise Lumivia proposera ses capteurs à partir du 2 mars 2027.',
      'fr',
      PUB,
    );
    const launch = claims.find((c) => c.kind === 'launch');
    expect(launch?.kind === 'launch' && [launch.parties, launch.alliance, launch.eventDate]).toEqual([
      ['Lumivia'],
      'Lumivia',
      '2027-03-02',
    ]);
  });

  it('a product in apposition ("X, a tool for ...") is its maker’s launch', () => {
    const claims = claimsOf(
      'Tarvel Robotics unveiled Orchard Sense, a monitoring tool for fruit growers. Orchard Sense will be available in April 2027.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch').map((c) => c.parties)).toEqual([['Tarvel Robotics']]);
  });
});

describe('offers: a price per share for a company, an offer received from a bidder', () => {
  const bids: Case[] = [
    ['Korvel propose 18 euros par action pour Sablane.', 'fr', ['Korvel', 'Sablane']],
    ['Brenton offered 320 pence a share for Harlow Foods on Monday.', 'en', ['Brenton', 'Harlow Foods']],
    ['Tavernier Bio a reçu une offre de rachat de la part de Sanofi.', 'fr', ['Sanofi', 'Tavernier Bio']],
    [
      'Marlow Brewing has received an unsolicited takeover offer from Heineken.',
      'en',
      ['Heineken', 'Marlow Brewing'],
    ],
  ];
  for (const [text, lang, parties] of bids)
    it(parties.join(' / '), () => {
      const deal = find(claimsOf(text, lang, PUB), 'acquisition', parties)[0];
      expect(deal?.parties).toEqual(parties);
    });

  it('a premium over the last price is no share move beside the bid', () => {
    const claims = claimsOf(
      'Korvel propose 18 euros par action pour Sablane, soit une prime de 31 %.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
});

describe('passive distribution, a stake beside a partnership, a founder’s company', () => {
  const deals: Case[] = [
    [
      'Kervane Textiles sera désormais distribué dans les 80 magasins Fnac de France.',
      'fr',
      ['Kervane Textiles', 'Fnac Darty'],
    ],
    ['La gamme de Morlay Cycles sera vendue par Boulanger dès mars.', 'fr', ['Morlay Cycles', 'Boulanger']],
  ];
  for (const [text, lang, parties] of deals)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties).length).toBe(1);
    });

  it('a stake and a partnership in one sentence are two claims', () => {
    const claims = claimsOf(
      'Thales is taking a 15% stake in Orvane Sensing and signing a partnership to co-develop radars.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Thales', 'Orvane Sensing']).length).toBe(1);
    expect(find(claims, 'agreement', ['Thales', 'Orvane Sensing']).length).toBe(1);
  });
  it('a stake alone stays one acquisition', () => {
    const claims = claimsOf('Thales has agreed to take a 15% stake in Orvane Sensing.', 'en', PUB);
    expect(claims.map((c) => c.kind)).toEqual(['acquisition']);
  });

  const founders: Case[] = [
    [
      'Jeanne Morel, fondatrice de Pivoine Soins, a cédé ses parts à L’Oréal.',
      'fr',
      ["L'Oréal", 'Pivoine Soins'],
    ],
    ['Tom Barker, founder of Hollins, has sold his entire stake to Unilever.', 'en', ['Unilever', 'Hollins']],
  ];
  for (const [text, lang, parties] of founders)
    it(`the founder sells: ${parties.join(' / ')}`, () => {
      const deal = claimsOf(text, lang, PUB).find((c) => c.kind === 'acquisition');
      expect([...(deal?.parties ?? [])].sort()).toEqual([...parties].sort());
    });
});

describe('a delayed opening: "n’ouvrira pas avant", "will not open before", a name the colon’s words own', () => {
  const delayed: [string, 'fr' | 'en', string][] = [
    [
      'Nouveau retard pour Sorvane : sa plateforme de réservation, promise pour l’automne, n’ouvrira pas avant mars 2027.',
      'fr',
      'Sorvane',
    ],
    [
      'Kervane Data a précisé que sa plateforme ne sera finalement pas lancée avant 2028.',
      'fr',
      'Kervane Data',
    ],
    ['Another delay for Tessaly: its marketplace will not open before 2027.', 'en', 'Tessaly'],
  ];
  for (const [text, lang, party] of delayed)
    it(party, () => {
      const launch = find(claimsOf(text, lang, PUB), 'launch', [party])[0];
      expect(launch?.kind === 'launch' && launch.bound).toBe('not_before');
    });

  it('a place after "outre-" before a colon is no company', () => {
    const claims = claimsOf(
      'Le groupe a pris de l’avance outre-Rhin : son offre a obtenu en 2024 la qualification SecNumCloud.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.parties.includes('Rhin'))).toEqual([]);
  });
});
