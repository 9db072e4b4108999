import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a ninth round of unseen articles showed, written afresh with invented companies. */
const PUB = '2026-05-13'; // a Wednesday

const launches = (text: string, lang: 'fr' | 'en', title?: string) =>
  claimsOf(text, lang, PUB, title).filter((c) => c.kind === 'launch');

describe('launch parties: a joint offer, and the company an officer speaks for', () => {
  it('a joint offer told by one founder belongs to both (fr, en)', () => {
    const cases: [string, 'fr' | 'en', string[]][] = [
      [
        'Sopra Steria et Dravel Systèmes ont signé un partenariat.\n\nSopra Steria a indiqué qu’une offre commune, hébergée chez Dravel Systèmes, serait disponible en mars 2027.',
        'fr',
        ['Sopra Steria', 'Dravel Systèmes'],
      ],
      [
        'Capgemini a conclu un accord avec Quillon Analytique.\n\nSelon Capgemini, une offre conjointe sera commercialisée à partir de juin 2027.',
        'fr',
        ['Capgemini', 'Quillon Analytique'],
      ],
      [
        'Harwick Foods signed a distribution agreement with Tallon Dairies on Tuesday.\n\nHarwick Foods said a joint offering would be available in October 2026.',
        'en',
        ['Harwick Foods', 'Tallon Dairies'],
      ],
      [
        'Orange et Pertuis Réseaux ont signé un accord.\n\nLeur offre sera disponible en janvier 2027.',
        'fr',
        ['Orange', 'Pertuis Réseaux'],
      ],
    ];
    for (const [text, lang, parties] of cases)
      expect(find(launches(text, lang), 'launch', parties), text).toHaveLength(1);
  });

  it('a single founder launching its own offer keeps one party (counter-example)', () => {
    const claims = launches(
      'Sopra Steria et Dravel Systèmes ont signé un partenariat.\n\nDravel Systèmes a indiqué que sa propre plateforme serait disponible en mars 2027.',
      'fr',
    );
    expect(find(claims, 'launch', ['Dravel Systèmes'])).toHaveLength(1);
  });

  it('"Son président a indiqué que la nouvelle offre ..." after a sentence on "L’entreprise, qui ..." is the subject company', () => {
    const fr = launches(
      'Brumelle Cloud a obtenu la certification HDS, a annoncé mardi l’hébergeur nantais.\n\nL’entreprise, qui compte parmi ses clients Capgemini et Atos, vise le marché public.\n\nSon président, Paul Arnaud, a indiqué que la nouvelle offre serait ouverte aux clients en février 2027.',
      'fr',
    );
    expect(fr.map((c) => c.parties)).toEqual([['Brumelle Cloud']]);
    const en = launches(
      'Kestrow Data said on Tuesday it had won a contract with the city of Leeds.\n\nThe company, which competes with Microsoft and Oracle, employs 300 people.\n\nIts chief executive said the new platform would be available in April 2027.',
      'en',
    );
    expect(en.map((c) => c.parties)).toEqual([['Kestrow Data']]);
  });
});

describe('not launches: spacecraft, buildings, forecasts', () => {
  it('satellites launched on a rocket are no offer (fr, en)', () => {
    for (const [text, lang] of [
      [
        'Orvalis Space a signé avec Thales. Les premiers satellites seront lancés par une fusée Ariane 6 en 2028.',
        'fr',
      ],
      [
        'Orvalis Space signed with Thales. The two probes are due to be launched on a Vega rocket in 2029.',
        'en',
      ],
      [
        'Orvalis Space signed with Thales. Its first constellation will be launched into orbit in 2028.',
        'en',
      ],
    ] as const)
      expect(launches(text, lang), text).toEqual([]);
  });

  it('a service delivered by satellite still launches (counter-example)', () => {
    const claims = launches(
      'Orvalis Space a signé avec Thales. Le service de connexion par satellite sera lancé en 2028.',
      'fr',
    );
    expect(claims).toHaveLength(1);
  });

  it('a campus, data centre or building entering service or due to open is no launch', () => {
    for (const [text, lang] of [
      [
        'Kerval Datacenters a signé avec Atos. Le campus doit entrer en service au premier trimestre 2028.',
        'fr',
      ],
      ['Kerval Datacenters a signé avec Atos. Le nouveau centre de données ouvrira en 2027.', 'fr'],
      ['Kerval Datacenters is building a 40-megawatt campus near Lille that is due to open in 2028.', 'en'],
      ['Kerval Datacenters said its Madrid data centre would open in June 2027.', 'en'],
    ] as const)
      expect(launches(text, lang), text).toEqual([]);
  });

  it('a cloud region or an offer opening still launches (counter-example)', () => {
    expect(
      launches(
        'Kerval Datacenters said its new cloud region, hosted in its Madrid data centre, would open to customers in June 2027.',
        'en',
      ),
    ).toHaveLength(1);
  });

  it('a forecast horizon is no launch date (fr, en)', () => {
    for (const [text, lang] of [
      [
        'Selon Kerval Datacenters, qui anticipe une hausse de 30 % de la demande d’ici 2028, portée par l’arrivée de nouveaux câbles.',
        'fr',
      ],
      [
        'Orange prévoit une croissance de 12 % du marché d’ici 2029, avec l’arrivée de nouveaux acteurs.',
        'fr',
      ],
      [
        'Kerval Datacenters expects demand to double by 2029, driven by the arrival of new cables and the launch of AI services.',
        'en',
      ],
    ] as const)
      expect(launches(text, lang), text).toEqual([]);
  });
});

describe('acronyms and label codes are never parties', () => {
  it('"provider of rented GPU capacity", "AI models", "5G network" name no company', () => {
    const claims = claimsOf(
      'Coldmere Compute, the Dublin-based provider of rented GPU capacity, said on Tuesday it had received ISO 27001 certification.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'certification').map((c) => c.parties)).toEqual([
      ['Coldmere Compute'],
    ]);
    const fr = claimsOf(
      'Brumelle Cloud, fournisseur de capacités GPU et de services IoT, a obtenu la certification HDS.',
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'certification').map((c) => c.parties)).toEqual([['Brumelle Cloud']]);
  });

  it('a label listed with a label is a label ("ISO 27001 and ISO 50001 certificates")', () => {
    const claims = claimsOf(
      'Vestrel Data said on Tuesday its shares fell 2%. The company, which holds ISO 27001 and ISO 14001 certificates, is building a new site.',
      'en',
      PUB,
    );
    for (const c of claims) expect(c.parties.join()).not.toMatch(/ISO/u);
  });
});

describe('percentages of a deal and cumulative moves are not share moves', () => {
  it('"negotiating to buy up to 20% of the company" is no share move', () => {
    for (const text of [
      'Vestrel Data on Monday rejected reports that Amazon was negotiating to buy up to 20% of the company.',
      'Oracle is in talks to acquire up to 15% of Vestrel Data, people familiar with the matter said.',
    ])
      expect(
        claimsOf(text, 'en', PUB).filter((c) => c.kind === 'share_move'),
        text,
      ).toEqual([]);
  });

  it('only the day move is read beside a move since a month or over sessions (fr, en)', () => {
    const cases: [string, 'fr' | 'en', number][] = [
      [
        'Shares in Capgemini rose 6.8% on Tuesday, extending a rally that has lifted the stock 41% since June.',
        'en',
        6.8,
      ],
      ['Shares in Atos fell 3.1% on Tuesday and have lost 12% over the past five sessions.', 'en', 3.1],
      ['L’action Thales a gagné 2,4 % mardi, portant sa hausse à 18 % depuis mars.', 'fr', 2.4],
      ['Le titre Atos a reculé de 1,9 % mardi, et de 6,5 % sur cinq séances.', 'fr', 1.9],
    ];
    for (const [text, lang, percent] of cases) {
      const moves = claimsOf(text, lang, PUB).filter((c) => c.kind === 'share_move');
      expect(moves, text).toEqual([expect.objectContaining({ percent, eventDate: '2026-05-12' })]);
    }
  });

  it('a company listed since a year still moves (counter-example)', () => {
    const moves = claimsOf(
      'Shares in Capgemini, listed in Paris since 1985, rose 2.2% on Tuesday.',
      'en',
      PUB,
    ).filter((c) => c.kind === 'share_move');
    expect(moves).toEqual([expect.objectContaining({ percent: 2.2 })]);
  });

  it('a subject set off by ", elle," or ", for its part," keeps its move', () => {
    const fr = claimsOf(
      'Le titre Orange a chuté de 2 % mardi. L’action Capgemini a, elle, gagné 1,3 % mardi à Paris.',
      'fr',
      PUB,
    );
    expect(find(fr, 'share_move', ['Capgemini'])).toEqual([expect.objectContaining({ percent: 1.3 })]);
    const en = claimsOf('Shares in Capgemini, for their part, gained 1.3% on Tuesday in Paris.', 'en', PUB);
    expect(find(en, 'share_move', ['Capgemini'])).toEqual([expect.objectContaining({ percent: 1.3 })]);
  });
});

describe('negated confirmations and no reported talks', () => {
  it('"a report neither side confirmed", "never confirmed", "sans que ... ne le confirme" give no confirm', () => {
    for (const [text, lang] of [
      [
        'Atos had been said to be in talks with Oracle over a cloud offer, a report neither side confirmed.',
        'en',
      ],
      ['Thales never confirmed the talks with Orange reported by Les Echos.', 'en'],
      ['Thales serait en discussions avec Orange, sans que la direction ne le confirme.', 'fr'],
    ] as const) {
      const stances = claimsOf(text, lang, PUB).filter(
        (c) => c.kind === 'statement' && c.stance === 'confirm',
      );
      expect(stances, text).toEqual([]);
    }
  });

  it('an explicit confirmation still confirms (counter-example)', () => {
    const claims = claimsOf('Thales confirmed the talks with Orange on Tuesday.', 'en', PUB);
    expect(find(claims, 'statement', ['Thales'])).toEqual([expect.objectContaining({ stance: 'confirm' })]);
  });

  it('being open to talks or named among candidates reports no agreement (fr, en)', () => {
    for (const [text, lang] of [
      [
        'Deutsche Telekom et SAP ont été cités parmi les candidats à des rapprochements, sans qu’aucune discussion n’ait été rapportée.',
        'fr',
      ],
      ['SFR se dit ouvert à des discussions avec Orange, mais n’a pas été approché.', 'fr'],
      ['SFR said it was open to discussions with Orange but had not been approached.', 'en'],
      ['Vodafone and Telefónica have been named among possible candidates for consolidation.', 'en'],
      [
        'Proximus et KPN sont cités comme des cibles pour une consolidation, sans qu’aucune négociation ait été évoquée.',
        'fr',
      ],
    ] as const) {
      const deals = claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement');
      expect(deals, text).toEqual([]);
    }
  });

  it('reported talks are still read (counter-example)', () => {
    const claims = claimsOf('Deutsche Telekom et SAP seraient en discussions, selon Les Echos.', 'fr', PUB);
    expect(find(claims, 'agreement', ['Deutsche Telekom', 'SAP'])).toEqual([
      expect.objectContaining({ status: 'rumour' }),
    ]);
  });
});

describe('a venture recalled in an apposition', () => {
  it('the main clause’s conditional does not hedge it, and what it distributes is no founder', () => {
    const claims = claimsOf(
      'Pour Orange, le rachat renforcerait le dispositif construit autour de Bleu, la coentreprise créée avec Capgemini pour distribuer les logiciels de Microsoft.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([
      expect.objectContaining({ parties: ['Orange', 'Capgemini'], status: 'confirmed', alliance: 'Bleu' }),
    ]);
  });
});

describe('interrogative headline scope', () => {
  it('hedges the deal it asks about, not a label obtained in the body', () => {
    const claims = claimsOf(
      'Orange serait en négociations pour racheter 20 % de Brumelle Cloud, selon des sources proches du dossier.\n\nBrumelle Cloud a par ailleurs obtenu le 2 mai la qualification SecNumCloud délivrée par l’ANSSI.',
      'fr',
      PUB,
      'Orange va-t-il entrer au capital de Brumelle Cloud ?',
    );
    expect(find(claims, 'certification', ['Brumelle Cloud'])).toEqual([
      expect.objectContaining({ status: 'confirmed', label: 'SecNumCloud' }),
    ]);
    expect(find(claims, 'acquisition', ['Orange', 'Brumelle Cloud'])).toEqual([
      expect.objectContaining({ status: 'rumour' }),
    ]);
  });

  it('still hedges a label the headline asks about (counter-example)', () => {
    const claims = claimsOf(
      'Brumelle Cloud a obtenu la qualification SecNumCloud, affirme un consultant.',
      'fr',
      PUB,
      'Brumelle Cloud a-t-il vraiment obtenu SecNumCloud ?',
    );
    expect(find(claims, 'certification', ['Brumelle Cloud'])).toEqual([
      expect.objectContaining({ status: 'rumour' }),
    ]);
  });
});

describe('negation with an inserted adverb', () => {
  it('"n’a en revanche pas signé", "n’a pour l’instant pas conclu", "has not, however, signed" deny', () => {
    const cases: [string, 'fr' | 'en', string[]][] = [
      [
        'Brumelle Cloud a signé un bail avec Microsoft. Brumelle Cloud n’a en revanche pas signé d’accord avec Google, a précisé son président.',
        'fr',
        ['Brumelle Cloud', 'Google'],
      ],
      [
        'Atos n’a pour l’instant pas conclu d’accord avec Thales, selon un porte-parole.',
        'fr',
        ['Atos', 'Thales'],
      ],
      [
        'Atos signed an agreement with Airbus on Monday. Atos has, however, not signed an agreement with Google, the company said.',
        'en',
        ['Atos', 'Google'],
      ],
      [
        'Oracle has so far not signed a partnership with Vestrel Data, a spokesman said.',
        'en',
        ['Oracle', 'Vestrel Data'],
      ],
    ];
    for (const [text, lang, parties] of cases)
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties), text).toEqual([
        expect.objectContaining({ status: 'denied' }),
      ]);
  });

  it('a signed deal with an adverb stays confirmed (counter-example)', () => {
    const claims = claimsOf('Atos a en revanche signé un accord avec Thales mardi.', 'fr', PUB);
    expect(find(claims, 'agreement', ['Atos', 'Thales'])).toEqual([
      expect.objectContaining({ status: 'confirmed' }),
    ]);
  });
});

describe('a subsidiary told through its parent', () => {
  it('"the cloud arm of Iliad", "la filiale cloud d’Iliad" is the subsidiary the article names', () => {
    const en = claimsOf(
      'Scaleway said on Tuesday it would cut its GPU prices.\n\nThe cloud arm of Iliad has also signed a distribution agreement with Kyvra AI.',
      'en',
      PUB,
    );
    expect(find(en, 'agreement', ['Scaleway', 'Kyvra AI'])).toHaveLength(1);
    const fr = claimsOf(
      'Scaleway a annoncé mardi une baisse de ses prix.\n\nLa filiale cloud d’Iliad a également signé un partenariat avec Kyvra AI.',
      'fr',
      PUB,
    );
    expect(find(fr, 'agreement', ['Scaleway', 'Kyvra AI'])).toHaveLength(1);
    const named = claimsOf(
      'Orange Cyberdefense a présenté ses résultats.\n\nLa filiale cyber d’Orange a signé un partenariat avec Kyvra AI.',
      'fr',
      PUB,
    );
    expect(find(named, 'agreement', ['Orange Cyberdefense', 'Kyvra AI'])).toHaveLength(1);
  });

  it('with no subsidiary named, the parent stays (counter-example)', () => {
    const claims = claimsOf(
      'The cloud arm of Iliad has signed a distribution agreement with Kyvra AI.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Iliad', 'Kyvra AI'])).toHaveLength(1);
  });
});
