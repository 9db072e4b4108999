import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a second tuning round on long daily-paper and wire articles showed. */
const PUB = '2028-01-12'; // a Wednesday

describe('a product apposed to a product noun and named after its maker is no company', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Talvane denied the report on Wednesday. He said its next platform, Talvane Gate 4, which integrates the technology of a start-up it bought, would be available to customers in April 2028. Talvane shares were down 9.4% at 1030 GMT.',
      'en',
      'Talvane',
    ],
    [
      "Kelvane a publié ses résultats mercredi. Sa directrice générale a précisé que sa nouvelle plateforme, Kelvane Studio 3, serait disponible en mars 2028. L'action Kelvane a gagné 2,3 % mercredi.",
      'fr',
      'Kelvane',
    ],
    [
      'Brintel reported higher sales. Its new router, Brintel Nova X2, will ship to operators in June 2028, the company said. Brintel shares rose 3.1% on Tuesday.',
      'en',
      'Brintel',
    ],
    [
      "Orvane Systems a relevé ses objectifs. Son prochain logiciel, Orvane Pilot Cloud, qui s'appuie sur l'IA, sera commercialisé en septembre 2028. Le titre Orvane Systems a bondi de 6,1 % mercredi.",
      'fr',
      'Orvane Systems',
    ],
  ];
  for (const [text, lang, maker] of cases)
    it(`${maker} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, 'launch', [maker]).map((c) => c.status)).toEqual(['confirmed']);
      expect(find(claims, 'share_move', [maker]).length).toBe(1);
      expect(claims.every((c) => c.parties.length > 0 && c.parties.every((p) => !/\d|Cloud/u.test(p)))).toBe(
        true,
      );
    });

  it('counter-example: a partner apposed to a noun that names no product stays a company', () => {
    const claims = claimsOf(
      'Talvane said its new partner, Brabelis Group, which resells identity software, signed a distribution agreement with it on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Talvane', 'Brabelis Group']).length).toBe(1);
  });
});

describe('a day that opens a span ("since Friday") dates the move told after it, not the one before', () => {
  it('en', () => {
    const claims = claimsOf(
      'Talvane shares were down 9.4% at 1030 GMT, erasing most of the gains made since Friday, when the stock jumped 6.8% in heavy trading.',
      'en',
      PUB,
    );
    const days = find(claims, 'share_move', ['Talvane']).map((c) =>
      c.kind === 'share_move' ? [c.percent, c.eventDate] : [],
    );
    expect(days).toEqual([
      [9.4, PUB],
      [6.8, '2028-01-07'],
    ]);
  });
  it('fr', () => {
    const claims = claimsOf(
      "L'action Kelvane reculait de 4,1 % mercredi, effaçant l'essentiel de ses gains depuis lundi, jour où le titre avait bondi de 5,2 %.",
      'fr',
      PUB,
    );
    const days = find(claims, 'share_move', ['Kelvane']).map((c) =>
      c.kind === 'share_move' ? [c.percent, c.eventDate] : [],
    );
    expect(days).toEqual([
      [4.1, PUB],
      [5.2, '2028-01-10'],
    ]);
  });
});

describe('the seller of what is bought is no target', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Carrefour aurait approché le fonds Arbrelune Capital en vue de lui racheter Primeveil, son réseau de supérettes, selon nos confrères de Comptoir Hebdo.',
      'fr',
      ['Carrefour', 'Primeveil'],
    ],
    [
      'Vantor agreed to buy the Kelpie Foods brand from Unilever for 300 million euros.',
      'en',
      ['Vantor', 'Kelpie Foods'],
    ],
    ['Eiffage a racheté la participation de Vinci dans Cofiroute.', 'fr', ['Eiffage', 'Cofiroute']],
    ["Eiffage bought Vinci's stake in Cofiroute.", 'en', ['Eiffage', 'Cofiroute']],
  ];
  for (const [text, lang, pair] of cases)
    it(`${pair.join(' / ')} (${lang})`, () => {
      const acquisitions = claimsOf(text, lang, PUB).filter((c) => c.kind === 'acquisition');
      expect(acquisitions.map((c) => c.parties)).toEqual([pair]);
    });

  it('counter-examples: a stake bought from a fund names no target of its own', () => {
    const texts: [string, 'fr' | 'en'][] = [
      [
        'L\u2019Eclaireur reported that Sopra Steria was negotiating to buy the stake from investment fund Rhodanie Capital and from the founders, in a deal that would value Talvane at 480 million euros.',
        'en',
      ],
      [
        "Sopra Steria rachèterait l'intégralité des parts du fonds Rhodanie Capital, actionnaire de Talvane.",
        'fr',
      ],
    ];
    for (const [text, lang] of texts) {
      const claims = claimsOf(text, lang, PUB);
      expect(
        claims.filter((c) => c.kind === 'acquisition' && c.parties.includes('Rhodanie Capital')),
      ).toEqual([]);
    }
  });
});

describe('brands or assets bought from a company keep it as the counterparty', () => {
  it('en', () => {
    const claims = claimsOf(
      'Urbelle Foods acquired the Marbella and Sunpeak juice brands from Danone for an undisclosed sum.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Urbelle Foods', 'Danone']).length).toBe(1);
  });
});

describe('a deal told with "with X" takes as its other side only the subject and the names listed with it', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Marrick Avionics, which supplies Airbus and the Italian group Leonardo and last year signed a £120mn agreement with Rolls-Royce to develop engine units, has long been considered a target.',
      'en',
      ['Marrick Avionics', 'Rolls-Royce'],
    ],
    [
      "Talvane, qui a racheté la start-up nantaise Nantilys, spécialisée dans l'authentification, a signé en novembre un accord de distribution avec l'intégrateur belge Brabelis.",
      'fr',
      ['Talvane', 'Brabelis'],
    ],
    [
      'Kelvane Bio, which sells its tests to Sanofi and Novartis, struck a licensing deal with Ipsen on Tuesday.',
      'en',
      ['Kelvane Bio', 'Ipsen'],
    ],
  ];
  for (const [text, lang, pair] of cases)
    it(`${pair.join(' / ')} (${lang})`, () => {
      const agreements = claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement');
      expect(agreements.map((c) => [...c.parties].sort())).toEqual([[...pair].sort()]);
    });

  it('counter-example: co-subjects listed together all sign', () => {
    const claims = claimsOf('Renault, Nissan et Mitsubishi ont signé un accord avec Waymo.', 'fr', PUB);
    expect(find(claims, 'agreement', ['Renault', 'Nissan', 'Mitsubishi', 'Waymo']).length).toBe(1);
  });
});

describe('talks or deals an inserted relative clause recalls in the pluperfect give no claim', () => {
  const cases: [string, 'fr' | 'en'][] = [
    [
      'Société Générale, qui avait mené des discussions avec Payvéa l’an dernier, a finalement choisi de développer sa propre solution.',
      'fr',
    ],
    ['Brintel, which had held talks with Orange in 2026, has decided to stay independent.', 'en'],
    ["Kelvane, qui avait noué un partenariat avec Atos, prévoit d'embaucher 200 personnes.", 'fr'],
  ];
  for (const [text, lang] of cases)
    it(text.slice(0, 40), () => {
      expect(
        claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement' || c.kind === 'acquisition'),
      ).toEqual([]);
    });

  it('counter-example: the same clause in the passé composé still tells its deal', () => {
    const claims = claimsOf(
      'Lumaro, qui a racheté Fendel le mois dernier, a signé un accord avec Orange.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Lumaro', 'Fendel']).length).toBe(1);
    expect(find(claims, 'agreement', ['Lumaro', 'Orange']).length).toBe(1);
  });
});

describe('a banner the subject owns is no party ("ses magasins Carrefour City", "its Tesco Express stores")', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Carrefour a officialisé mercredi un partenariat avec Colirapide, qui livrera les commandes passées dans ses magasins Carrefour City.',
      'fr',
      ['Carrefour', 'Colirapide'],
    ],
    [
      'Tesco signed a partnership with Zapp on Monday to deliver orders from its Tesco Express stores.',
      'en',
      ['Tesco', 'Zapp'],
    ],
    [
      'Accor a conclu un accord avec Vuelto pour équiper ses hôtels Ibis Budget de bornes de recharge.',
      'fr',
      ['Accor', 'Vuelto'],
    ],
  ];
  for (const [text, lang, pair] of cases)
    it(`${pair.join(' / ')} (${lang})`, () => {
      const agreements = claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement');
      expect(agreements.map((c) => [...c.parties].sort())).toEqual([[...pair].sort()]);
    });
});

describe('a question headline about a deal does not hedge a launch of one of its parties', () => {
  it('fr', () => {
    const claims = claimsOf(
      'Carrefour aurait approché le fonds Arbrelune en vue de lui racheter Primeveil, selon nos confrères de Comptoir Hebdo. Carrefour proposera ce service de livraison à partir du 1er mars à Paris.',
      'fr',
      PUB,
      'Carrefour prépare-t-il une offre sur Primeveil ?',
    );
    expect(find(claims, 'launch', ['Carrefour']).map((c) => c.status)).toEqual(['confirmed']);
    expect(find(claims, 'acquisition', ['Carrefour', 'Primeveil']).map((c) => c.status)).toEqual(['rumour']);
  });
  it('counter-example: a launch the headline asks about stays a rumour', () => {
    const claims = claimsOf(
      'Brintel lancera sa plateforme en mars 2028.',
      'fr',
      PUB,
      'Brintel va-t-il lancer sa plateforme en mars ?',
    );
    expect(find(claims, 'launch', ['Brintel']).map((c) => c.status)).toEqual(['rumour']);
  });
});

describe('an index named with "lui-même", "itself" owns the figure after it', () => {
  const cases: [string, 'fr' | 'en', string, number][] = [
    [
      "Mercredi, l'action Carrefour a gagné 2,4 % à la Bourse de Paris, signant la plus forte hausse du CAC 40, lui-même en progression de 0,5 %.",
      'fr',
      'Carrefour',
      2.4,
    ],
    [
      'Aviva rose 2.8 per cent, the biggest gain on the FTSE 100, itself up 0.4 per cent.',
      'en',
      'Aviva',
      2.8,
    ],
    [
      'Le titre Sopra Steria a pris 1,9 %, meilleure performance du SBF 120, lui-même en repli de 0,2 %.',
      'fr',
      'Sopra Steria',
      1.9,
    ],
  ];
  for (const [text, lang, company, percent] of cases)
    it(`${company} (${lang})`, () => {
      const moves = claimsOf(text, lang, PUB).filter((c) => c.kind === 'share_move');
      expect(moves.map((c) => (c.kind === 'share_move' ? [c.parties[0], c.percent] : []))).toEqual([
        [company, percent],
      ]);
    });
});

describe('"celle de X" stands for the feminine stock noun, "celui de X" for a masculine one', () => {
  it('the stock after a masculine quantity', () => {
    const claims = claimsOf(
      "L'action Talvane s'est envolée de 17,9 % lundi, tout près du prix proposé, tandis que celle de Sopra Steria cédait 0,8 %.",
      'fr',
      PUB,
    );
    expect(find(claims, 'share_move', ['Sopra Steria']).length).toBe(1);
  });
  it('the title is masculine', () => {
    const claims = claimsOf(
      'Le titre Kelvane a bondi de 5 % lundi, dans la foulée de la publication, tandis que celui de Sopra Steria reculait de 1,1 %.',
      'fr',
      PUB,
    );
    expect(find(claims, 'share_move', ['Sopra Steria']).length).toBe(1);
  });
  it('counter-examples: a feminine quantity is no stock', () => {
    for (const text of [
      'La marge de Kelvane a progressé de 2 %, tandis que celle de Sopra Steria reculait de 4 %.',
      "Le chiffre d'affaires de Kelvane a progressé de 12 %, et celui de Sopra Steria de 4 %.",
    ])
      expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'share_move')).toEqual([]);
  });
});

describe('a stake told "per cent" or "percent" is a stake', () => {
  const cases: [string, string[], number][] = [
    [
      'As part of the deal, Ericsson will take a 10 per cent stake in Krailling Semiconductors for €180mn.',
      ['Ericsson', 'Krailling Semiconductors'],
      10,
    ],
    [
      'Vodafone bought a 4.5 percent holding in Tindholm Orbital on Monday.',
      ['Vodafone', 'Tindholm Orbital'],
      4.5,
    ],
    ['Nokia is taking a 12 pct interest in Brintel Networks.', ['Nokia', 'Brintel Networks'], 12],
  ];
  for (const [text, pair, percent] of cases)
    it(pair.join(' / '), () => {
      const found = find(claimsOf(text, 'en', PUB), 'acquisition', pair);
      expect(found.map((c) => (c.kind === 'acquisition' ? c.percent : undefined))).toEqual([percent]);
    });
});
