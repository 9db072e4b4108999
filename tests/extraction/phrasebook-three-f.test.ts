import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Journalistic syntax a third blind phrasebook showed the engine misreading, with invented companies. */
const PUB = '2028-06-21'; // a Wednesday

describe('a stake taken "à hauteur de N %" before "au capital"', () => {
  it.each([
    ['Safran entre à hauteur de 12 % au capital de la start-up Polvane.', 'Safran', 'Polvane', 12],
    [
      'Le fonds Ardoisière est entré à hauteur de 30 % au capital de Trévane Robotique.',
      'Ardoisière',
      'Trévane Robotique',
      30,
    ],
    [
      'Morvelle Industries monte à hauteur de 8,5 % dans le capital de Sarnay Énergie.',
      'Morvelle Industries',
      'Sarnay Énergie',
      8.5,
    ],
  ])('%s', (text, buyer, target, percent) => {
    const found = find(claimsOf(text, 'fr', PUB), 'acquisition', [buyer, target]);
    expect(found.map((c) => (c.kind === 'acquisition' ? c.percent : undefined))).toEqual([percent]);
  });
});

describe('an amount a buyer would pay for a company is a bid', () => {
  it.each([
    [
      'Orbelle Santé serait prête à débourser jusqu’à 300 millions d’euros pour Quintane Data.',
      'Orbelle Santé',
      'Quintane Data',
    ],
    [
      'Selon Les Echos, Capgemini mettrait sur la table 1,2 milliard d’euros pour Falvery Conseil.',
      'Capgemini',
      'Falvery Conseil',
    ],
    ['Thales paierait près de 90 millions d’euros pour Lorquin Systèmes.', 'Thales', 'Lorquin Systèmes'],
  ])('%s', (text, buyer, target) => {
    const found = find(claimsOf(text, 'fr', PUB), 'acquisition', [buyer, target]);
    expect(found.map((c) => c.status)).toEqual(['rumour']);
  });

  it('a budget with no company after "pour" is none', () => {
    const claims = claimsOf(
      'Orbelle est prête à débourser 300 millions d’euros pour moderniser ses usines.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('two companies doing something together are an agreement', () => {
  it.each([
    [
      'fr',
      'Le service que Thales et Corvane Data exploiteraient conjointement serait ouvert aux hôpitaux.',
      ['Thales', 'Corvane Data'],
    ],
    [
      'fr',
      'La plateforme que Orange et Brévalis monteraient ensemble suscite des questions.',
      ['Orange', 'Brévalis'],
    ],
    [
      'en',
      'Vodafone and Tamsin Grid said they would jointly operate a private network in Leeds.',
      ['Vodafone', 'Tamsin Grid'],
    ],
    [
      'en',
      'Siemens and Oxwell Robotics will jointly develop a welding cell for shipyards.',
      ['Siemens', 'Oxwell Robotics'],
    ],
  ] as const)('%s: %s', (language, text, parties) => {
    expect(find(claimsOf(text, language, PUB), 'agreement', [...parties])).toHaveLength(1);
  });

  it('one company working "together" with its own staff is none', () => {
    const claims = claimsOf('Vodafone engineers worked together on the outage for three days.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('reselling another company’s hardware is a distribution deal', () => {
  it.each([
    [
      'Vodafone will resell Auberive Networks’ edge servers to its business customers.',
      ['Vodafone', 'Auberive Networks'],
    ],
    ['BT distributes Harlow Sensing’s flood sensors across the United Kingdom.', ['BT', 'Harlow Sensing']],
    ['Telefónica will resell Korvin Labs’ private 5G radios in Spain.', ['Telefónica', 'Korvin Labs']],
  ])('%s', (text, parties) => {
    expect(find(claimsOf(text, 'en', PUB), 'agreement', parties)).toHaveLength(1);
  });

  it('beside a stake in the same company, the resale deal stays a claim of its own', () => {
    const claims = claimsOf(
      'Telefónica, which will resell Korvin Labs’ radios, is also taking a 5% stake in Korvin Labs.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Telefónica', 'Korvin Labs'])).toHaveLength(1);
    expect(find(claims, 'acquisition', ['Telefónica', 'Korvin Labs'])).toHaveLength(1);
  });
});

describe('what a company could afford to buy reports no deal', () => {
  it.each([
    'Nvidia could easily afford to buy Halvorsen Optics, analysts wrote.',
    'Oracle can comfortably afford to acquire Pendle Data, one banker said.',
    'Airbus has the firepower to take over Vellum Aero if it wished.',
  ])('%s', (text) => {
    expect(claimsOf(text, 'en', PUB).filter((c) => c.kind === 'acquisition')).toEqual([]);
  });

  it('a purchase agreed stays', () => {
    const claims = claimsOf('Nvidia has agreed to buy Halvorsen Optics for $2bn.', 'en', PUB);
    expect(find(claims, 'acquisition', ['Nvidia', 'Halvorsen Optics'])).toHaveLength(1);
  });
});

describe('pressure to strike a deal is no deal', () => {
  it.each([
    'Le ministère pousse Naval Group à nouer un partenariat avec Kerbrat Électronique.',
    'Bercy encourage Orange à s’allier avec Drévane Cloud pour peser face aux Américains.',
    'Les actionnaires incitent Atos à conclure un accord avec Tarvel Services.',
  ])('%s', (text) => {
    expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('an earlier denial before a confirmation, and an absent denial', () => {
  it.each([
    ['Après avoir démenti en mai, Ciberon a confirmé mardi avoir racheté Polvane.', ['Ciberon', 'Polvane']],
    [
      'Après l’avoir longtemps nié, Korvane a confirmé être entrée au capital de Sarnay.',
      ['Korvane', 'Sarnay'],
    ],
  ])('%s', (text, parties) => {
    const found = find(claimsOf(text, 'fr', PUB), 'acquisition', parties);
    expect(found.map((c) => c.status)).toEqual(['confirmed']);
  });

  it('"aucun démenti" is neither a denial nor a statement', () => {
    const claims = claimsOf(
      'Le rapprochement entre Orange et Talvène, évoqué par La Tribune, n’a fait l’objet d’aucun démenti.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement')).toEqual([]);
    expect(find(claims, 'agreement', ['Orange', 'Talvène']).map((c) => c.status)).not.toContain('denied');
  });
});

describe('"a lancé" after a quote that speaks of no launch introduces speech', () => {
  it('a quote with no offer gives no launch', () => {
    const claims = claimsOf(
      '« Le marché nous donne raison », a lancé la présidente de Sopra Steria, qui vise une croissance de 5 % l’an prochain.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('a quote announcing a launch keeps it', () => {
    const claims = claimsOf(
      '« Nous lancerons notre offre en septembre », a lancé le patron de Korvane devant la presse.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch').map((c) => c.parties)).toEqual([['Korvane']]);
  });
});

describe('an outlet whose name opens on an elided article keeps it', () => {
  it.each([
    ['Selon L’Agefi, Capgemini serait prêt à racheter Orsane.', 'L’Agefi'],
    ['Capgemini discuterait avec Orsane de son rachat, révèle L’Opinion.', 'L’Opinion'],
  ])('%s', (text, outlet) => {
    const claims = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'acquisition');
    expect(claims.map((c) => c.attribution)).toEqual([outlet]);
  });
});

describe('share moves told with a bare stock word, premarket, and "respectively"', () => {
  const moves = (text: string, language: 'fr' | 'en') =>
    claimsOf(text, language, PUB)
      .filter((c) => c.kind === 'share_move')
      .map((c) => (c.kind === 'share_move' ? [c.parties[0], c.percent, c.direction, c.eventDate] : []));

  it.each([
    [
      "Korvane's revenue fell 4% in the quarter, yet the shares rose 1.5% on Tuesday.",
      'en',
      [['Korvane', 1.5, 'up', '2028-06-20']],
    ],
    [
      'Les investisseurs ont boudé les comptes de Capgemini : mardi, l’action a cédé 3,1 %.',
      'fr',
      [['Capgemini', 3.1, 'down', '2028-06-20']],
    ],
    [
      'Le marché a sanctionné les résultats de Sopra Steria : mardi, l’action a perdu 6,2 %.',
      'fr',
      [['Sopra Steria', 6.2, 'down', '2028-06-20']],
    ],
    [
      'Orsane shares were up 12% in premarket trading after the bid, a 30% premium to Tuesday’s close.',
      'en',
      [['Orsane', 12, 'up', '2028-06-21']],
    ],
    [
      'Telecom stocks fell on Tuesday, with Orange and Iliad down 2.2% and 4.6% respectively.',
      'en',
      [
        ['Orange', 2.2, 'down', '2028-06-20'],
        ['Iliad', 4.6, 'down', '2028-06-20'],
      ],
    ],
    [
      'Mardi, Orange et Iliad ont reculé de 1,2 % et 3,4 % respectivement.',
      'fr',
      [
        ['Orange', 1.2, 'down', '2028-06-20'],
        ['Iliad', 3.4, 'down', '2028-06-20'],
      ],
    ],
  ] as const)('%s', (text, language, expected) => {
    expect(moves(text, language)).toEqual(expected);
  });

  it('a bare stock word beside two companies picks none of them', () => {
    expect(
      moves('Orange a signé avec Iliad un accord de réseau ; mardi, l’action a pris 2 %.', 'fr'),
    ).not.toContainEqual(['Iliad', 2, 'up', '2028-06-20']);
  });
});

describe('a wage raise and goods shipped are neither share moves nor launches', () => {
  it('a pay rise is no share move', () => {
    const claims = claimsOf(
      'Thales a conclu un accord prévoyant une hausse de 3,5 % des rémunérations en 2029.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });

  it.each([
    'Under a contract running to 2033, Halvorsen Mining will ship up to 5,000 tonnes of cobalt a year to Renault.',
    'An Ariane 6 will launch Pellory Space’s first weather satellite in May.',
  ])('%s', (text) => {
    expect(claimsOf(text, 'en', PUB).filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('a renewed certification is obtained', () => {
    const claims = claimsOf('Pellory Software renewed its ISO 27001 certification in May.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'certification').map((c) => c.parties)).toEqual([
      ['Pellory Software'],
    ]);
  });
});
