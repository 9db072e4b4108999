import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors round 34 (blind-19) showed, written afresh with invented companies. */
const PUB = '2029-05-10'; // a Thursday

const percentOf = (c: Claim | undefined) =>
  c?.kind === 'acquisition' || c?.kind === 'share_move' ? c.percent : undefined;
const dayOf = (c: Claim | undefined) => (c?.kind === 'share_move' ? c.eventDate : undefined);

describe('« a annoncé avoir pris une participation »: the past infinitive after a speech verb is the stake', () => {
  const cases: [string, string[], number | undefined][] = [
    [
      'Covéa a annoncé mercredi avoir pris une participation de 30 % dans Brelmont Santé, une jeune société rennaise.',
      ['Covéa', 'Brelmont Santé'],
      30,
    ],
    [
      'Bpifrance a confirmé avoir acquis 12 % de Valtorne Industries.',
      ['Bpifrance', 'Valtorne Industries'],
      12,
    ],
    [
      'Le fonds Ardian indique être entré au capital de Soliane à hauteur de 20 %.',
      ['Ardian', 'Soliane'],
      20,
    ],
    ['Eurazeo dit avoir investi dans le capital de Corvelle Bio.', ['Eurazeo', 'Corvelle Bio'], undefined],
  ];
  for (const [text, parties, percent] of cases)
    it(parties.join(' / '), () => {
      const deals = find(claimsOf(text, 'fr', PUB), 'acquisition', parties);
      expect(deals.length).toBe(1);
      expect(deals[0]?.status).toBe('confirmed');
      expect(percentOf(deals[0])).toBe(percent);
    });

  it('a denial of the same infinitive is a denied stake', () => {
    const deals = find(
      claimsOf('Eurazeo dément avoir pris une participation dans Corvelle Bio.', 'fr', PUB),
      'acquisition',
      ['Eurazeo', 'Corvelle Bio'],
    );
    expect(deals[0]?.status).toBe('denied');
  });

  it('money invested in a plant is no stake', () => {
    const claims = claimsOf(
      'Le groupe dit avoir investi 40 millions d’euros dans son usine de Lorient.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('a possessed product after a fronted time holds the label for its owner', () => {
  const fr: [string, string, string][] = [
    [
      'Vermaut Logiciels édite des outils de paie. En février, sa plateforme de gestion, hébergée dans ses centres de Lille, a obtenu la certification HDS.',
      'Vermaut Logiciels',
      'HDS',
    ],
    [
      'Orlanne Énergie exploite trois sites. Depuis 2027, son usine de Rouen a obtenu la certification ISO 50001.',
      'Orlanne Énergie',
      'ISO 50001',
    ],
  ];
  const en: [string, string, string][] = [
    [
      'Pellworth Medical makes infusion pumps. Last year, its Leeds plant received ISO 13485 certification.',
      'Pellworth Medical',
      'ISO 13485',
    ],
    [
      'Gristley Power designs chargers. In March its 900-volt module obtained AEC-Q100 qualification, the standard carmakers demand.',
      'Gristley Power',
      'AEC-Q100',
    ],
  ];
  for (const [lang, cases] of [
    ['fr', fr],
    ['en', en],
  ] as const)
    for (const [text, holder, label] of cases)
      it(`${holder} ${label}`, () => {
        const certs = find(claimsOf(text, lang, PUB), 'certification', [holder]);
        expect(certs.length).toBe(1);
        expect(certs[0]?.kind === 'certification' && certs[0].label).toBe(label);
      });
});

describe('a test passed or an audit completed is the label obtained', () => {
  const en: [string, string, string][] = [
    ['Harwick Data completed its SOC 2 Type II audit in February.', 'Harwick Data', 'SOC 2 Type II'],
    ['Corrin Labs has passed its ISO 27001 certification audit.', 'Corrin Labs', 'ISO 27001'],
    ['Gristley Power passed AEC-Q101 qualification in January.', 'Gristley Power', 'AEC-Q101'],
  ];
  for (const [text, holder, label] of en)
    it(text, () => {
      const certs = find(claimsOf(text, 'en', PUB), 'certification', [holder]);
      expect(certs.length).toBe(1);
      expect(certs[0]?.kind === 'certification' && certs[0].label).toBe(label);
    });

  it('« a passé avec succès l’audit de certification ISO 27001 »', () => {
    const claims = claimsOf(
      'Kerbrat Data a passé avec succès l’audit de certification ISO 27001 en mars.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Kerbrat Data']).length).toBe(1);
  });

  const none = [
    'Corrin Labs expects to complete its ISO 27001 certification audit next year.',
    'Corrin Labs has not yet passed its ISO 27001 audit.',
  ];
  for (const text of none)
    it(`no label: ${text}`, () => {
      expect(claimsOf(text, 'en', PUB).filter((c) => c.kind === 'certification')).toEqual([]);
    });

  it('completing an acquisition is no certification', () => {
    const claims = claimsOf(
      'Corrin Labs completed the acquisition of Bexley Systems in February.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'certification')).toEqual([]);
  });
});

describe('a no-comment « sans toutefois démentir » is not a denial', () => {
  it('fr: the rumour stays a rumour, the statement a no-comment', () => {
    const claims = claimsOf(
      'Lactalis serait entré en négociations exclusives pour racheter 60 % de Fromagerie Vassal, selon Le Télégramme. Lactalis s’est refusé à tout commentaire, sans toutefois démentir ces informations.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Lactalis', 'Fromagerie Vassal'])[0]?.status).toBe('rumour');
    const said = find(claims, 'statement', ['Lactalis']);
    expect(said.map((c) => c.kind === 'statement' && c.stance)).toEqual(['no_comment']);
  });

  it('en: "without however denying"', () => {
    const claims = claimsOf(
      'Tesco is in talks to buy Ocado, people familiar with the matter said. Tesco declined to comment, without however denying the report.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Tesco', 'Ocado'])[0]?.status).toBe('rumour');
  });
});

describe('talks with a company about an offer: who bids and who is the target', () => {
  it('"in talks with X about a possible offer for the company": X bids for the subject', () => {
    const claims = claimsOf(
      'Marrowby Space, the British maker of radar satellites, confirmed on Friday that it was in talks with Germany’s OHB about a possible cash offer for the company.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['OHB', 'Marrowby Space']).length).toBe(1);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('"in discussions with X regarding a possible offer"', () => {
    const claims = claimsOf(
      'Brackley Homes said it was in discussions with Persimmon regarding a possible offer.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Persimmon', 'Brackley Homes']).length).toBe(1);
  });

  it('"not in discussions with X and has no intention of making an offer": a denied bid by the subject', () => {
    const claims = claimsOf(
      '“Phoenix Group is not in discussions with Corbury Insurance and has no intention of making an offer,” a spokesman said.',
      'en',
      PUB,
    );
    const deals = find(claims, 'acquisition', ['Phoenix Group', 'Corbury Insurance']);
    expect(deals[0]?.status).toBe('denied');
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('fr: « en discussions avec X au sujet d’une éventuelle offre sur la société »', () => {
    const claims = claimsOf(
      'Kerlaouen Marine a confirmé être en discussions avec Fincantieri au sujet d’une éventuelle offre sur la société.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Fincantieri', 'Kerlaouen Marine']).length).toBe(1);
  });

  it('talks about a joint venture stay an agreement', () => {
    const claims = claimsOf('Vodafone is in talks with Wyncote Fibre about a joint venture.', 'en', PUB);
    expect(find(claims, 'agreement', ['Vodafone', 'Wyncote Fibre']).length).toBe(1);
  });
});

describe('the launcher of an offer told in the deal’s relative clause is that clause’s subject', () => {
  it('fr: « un accord en vertu duquel X commercialisera … »', () => {
    const claims = claimsOf(
      'Groupama a pris 25 % de Cyvigil. Les deux sociétés ont aussi conclu un accord de distribution, en vertu duquel Groupama commercialisera l’offre de Cyvigil auprès des artisans à partir du 1er juin.',
      'fr',
      PUB,
    );
    const launches = claims.filter((c) => c.kind === 'launch');
    expect(launches.map((c) => c.parties)).toEqual([['Groupama']]);
  });

  it('en: "a deal under which X will offer …"', () => {
    const claims = claimsOf(
      'Sainsbury’s and Deliveroo signed a deal under which Deliveroo will offer its delivery service to Sainsbury’s shoppers from June.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch').map((c) => c.parties)).toEqual([['Deliveroo']]);
  });

  it('en: "under which the French group’s software will be sold through …" is the French company’s launch', () => {
    const claims = claimsOf(
      'Airbus agreed to buy 10% of Satair. A month after Workday denied that it wanted to buy Orlane Paie, the two companies announced a distribution agreement under which the French group’s payroll software will be sold through Workday’s marketplace from July 2.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Workday', 'Orlane Paie']).length).toBe(1);
    const launches = claims.filter((c) => c.kind === 'launch');
    expect(launches.map((c) => c.parties)).toEqual([['Orlane Paie']]);
    expect(launches[0]?.status).toBe('confirmed');
  });

  it('a product "will be sold in supermarkets from May" is a launch', () => {
    const claims = claimsOf(
      'Brindle Foods said its new oat drinks will be sold in supermarkets from May.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Brindle Foods']).length).toBe(1);
  });

  const disposals = [
    'The bakery unit will be sold to Bain Capital from 2030.',
    'Orrin Health said the stake will be sold through an accelerated bookbuild from Monday.',
  ];
  for (const text of disposals)
    it(`a disposal is no launch: ${text}`, () => {
      expect(claimsOf(text, 'en', PUB).filter((c) => c.kind === 'launch')).toEqual([]);
    });
});

describe('a figurative « confirme » is no confirmation', () => {
  const fr = [
    'Valdrôme a signé un accord avec Sopra Steria. « Il confirme la pertinence de notre stratégie », déclare la présidente de Valdrôme.',
    'Ce contrat confirme notre position de leader, a déclaré Orange.',
  ];
  for (const text of fr)
    it(text, () => {
      expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'statement')).toEqual([]);
    });

  it('en: "confirms the strength of our strategy"', () => {
    const claims = claimsOf(
      '“The deal confirms the strength of our strategy,” said the chief executive of Brindle.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement')).toEqual([]);
  });

  it('confirming talks stays a confirmation', () => {
    const claims = claimsOf(
      'Selon Les Echos, Thales serait en discussions avec Atos. Thales a confirmé mardi ces discussions.',
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Thales']).length).toBe(1);
  });
});

describe('a ranking of the session is a stock context', () => {
  const cases: [string, string, number][] = [
    [
      'Soitec a signé la plus forte hausse du SBF 120, bondissant de 8,9 %, porté par des rumeurs.',
      'Soitec',
      8.9,
    ],
    ['Kering a été la lanterne rouge du CAC 40, chutant de 4,2 % après ses résultats.', 'Kering', 4.2],
  ];
  for (const [text, name, percent] of cases)
    it(name, () => {
      const moves = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'share_move');
      expect(moves.map((c) => c.parties)).toEqual([[name]]);
      expect(percentOf(moves[0])).toBe(percent);
    });

  it('the index’s own best day is no company move', () => {
    const claims = claimsOf(
      'Le SBF 120 a signé sa plus forte hausse depuis un mois, progressant de 1,2 %.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
});

describe('the day a deal was signed dates the deal, not the share move', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Dans le sillage de l’accord conclu la veille avec Dassault Systèmes, Corlanne Logiciels a gagné 6,2 %.',
      'fr',
      'Corlanne Logiciels',
    ],
    [
      'Safran a cédé 0,7 % malgré l’accord de fourniture signé mercredi avec Ambrelle Composites.',
      'fr',
      'Safran',
    ],
    ['Brindle shares rose 3.1% after the supply deal signed on Wednesday with Ocado.', 'en', 'Brindle'],
  ];
  for (const [text, lang, name] of cases)
    it(name, () => {
      const moves = find(claimsOf(text, lang, PUB), 'share_move', [name]);
      expect(dayOf(moves[0])).toBe(PUB);
    });

  it('a day told of the move itself still dates it', () => {
    const moves = find(
      claimsOf('Brindle shares rose 3.1% on Wednesday after a supply deal with Ocado.', 'en', PUB),
      'share_move',
      ['Brindle'],
    );
    expect(dayOf(moves[0])).toBe('2029-05-09');
  });
});

describe('a descriptor in a sentence that already named the companies stands for one of them', () => {
  it('"a week after the British satellite maker confirmed talks with the Italian defence group"', () => {
    const claims = claimsOf(
      'Workday and Orlane Paie signed a distribution deal. Leonardo said on Thursday that it did not intend to make an offer for Marrowby Space, a week after the British satellite maker confirmed it was in talks with the Italian defence group.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.parties.includes('Orlane Paie') && c.kind !== 'agreement')).toEqual([]);
    expect(find(claims, 'acquisition', ['Leonardo', 'Marrowby Space'])[0]?.status).toBe('denied');
  });

  it('« deux semaines après que l’éditeur … »: no company from an older sentence', () => {
    const claims = claimsOf(
      'Atos a signé avec Orange. Thales a renoncé à son offre sur Kervenn Data, deux semaines après que l’éditeur nantais a rejeté sa proposition.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind !== 'agreement' && c.parties.includes('Atos'))).toEqual([]);
  });

  it('« l’épicier »: a grocer named by its trade', () => {
    const claims = claimsOf(
      'Monoprix et Maison Dorlac ont signé un accord de partenariat. Selon nos informations, Monoprix envisagerait aussi de prendre une participation minoritaire dans l’épicier.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Monoprix', 'Maison Dorlac'])[0]?.status).toBe('rumour');
  });
});

describe('companies named as outside a deal are no speakers of a denial', () => {
  it('« ni X ni Y ne font partie de l’accord, et aucune discussion n’est en cours avec eux »', () => {
    const claims = claimsOf(
      'Free et Altice ont officialisé la création de Héron. Mais ni Orange ni Bouygues Telecom ne font partie de l’accord signé hier, et aucune discussion n’est en cours avec eux à ce stade.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement' && c.parties.includes('Orange'))).toEqual([]);
    expect(claims.filter((c) => c.kind === 'statement' && c.parties.includes('Bouygues Telecom'))).toEqual(
      [],
    );
  });

  it('"X is not part of the consortium and there are no talks with it"', () => {
    const claims = claimsOf(
      'Siemens is not part of the consortium and there are no talks with it, Vinci said.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement' && c.parties.includes('Siemens'))).toEqual([]);
  });

  it('a company saying it is not involved denies for itself', () => {
    const claims = claimsOf(
      'Harrowgate Labs said it was "not in any way involved" in the consortium that Google is reportedly forming with Selbrook Energy.',
      'en',
      PUB,
    );
    expect(find(claims, 'statement', ['Harrowgate Labs']).length).toBe(1);
  });

  it('« X n’est pas en discussions avec Y, a indiqué le groupe »: the tagged subject denies', () => {
    const claims = claimsOf(
      'Naval Group n’est pas en discussions avec Kerlaouen Marine, a indiqué le groupe.',
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Naval Group']).length).toBe(1);
  });

  it('a company denying for itself still denies', () => {
    const claims = claimsOf('Safran a démenti toute discussion avec Dassault Aviation.', 'fr', PUB);
    expect(find(claims, 'statement', ['Safran']).length).toBe(1);
  });
});
