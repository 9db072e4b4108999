import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a tuning round on wire copy, market round-ups, releases and interviews showed. */
const PUB = '2028-03-15'; // a Wednesday

describe('a legal form after a registry name ("Volvo AB") is that company, never a party of its own', () => {
  const cases: [string, string[]][] = [
    [
      'GOTHENBURG, 3 March 2028 – Volvo AB and Norsk Marine AS today announced that they have signed a partnership agreement to develop electric ferries.',
      ['Volvo', 'Norsk Marine'],
    ],
    [
      'Nokia Oyj agreed to buy a stake in Kalvera Networks, the companies said.',
      ['Nokia', 'Kalvera Networks'],
    ],
    ['Leonardo SpA signed a supply agreement with Tarvik Defence on Monday.', ['Leonardo', 'Tarvik Defence']],
  ];
  for (const [text, parties] of cases)
    it(parties.join(' + '), () => {
      const claims = claimsOf(text, 'en', PUB);
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.every((c) => c.parties.every((p) => !/^(?:AB|AS|Oyj|SpA)$/u.test(p)))).toBe(true);
      const kind = /buy/u.test(text) ? 'acquisition' : 'agreement';
      expect(find(claims, kind, parties).length).toBe(1);
    });
});

describe("a registry name's last word alone ('Healthineers') is that company", () => {
  it('en: share move and launch of the short form', () => {
    const claims = claimsOf(
      'Siemens Healthineers agreed to buy Corvexa Diagnostics on Tuesday. Healthineers said it would make the analysers available in Europe from January 2029. Healthineers shares were up 1.8% on Wednesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Siemens Healthineers']).length).toBe(1);
    expect(find(claims, 'share_move', ['Siemens Healthineers']).length).toBe(1);
    expect(claims.some((c) => c.parties.includes('Healthineers'))).toBe(false);
  });

  it('en: "Telekom" after "Deutsche Telekom"', () => {
    const claims = claimsOf(
      'Deutsche Telekom agreed on Monday to buy Brannock Fibre. Telekom shares fell 0.8% on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'share_move', ['Deutsche Telekom']).length).toBe(1);
  });

  it('counter-example: another division of the same group keeps its own reading', () => {
    const claims = claimsOf(
      'Siemens Healthineers agreed to buy Corvexa Diagnostics. Separately, Siemens Mobility agreed to buy Railtek Signalling.',
      'en',
      PUB,
    );
    expect(
      claims.some(
        (c) => c.parties.includes('Siemens Healthineers') && c.parties.includes('Railtek Signalling'),
      ),
    ).toBe(false);
  });
});

describe("a market round-up's mover heading names the company its paragraph's descriptor stands for", () => {
  const text = [
    'European stocks were flat at midday on Wednesday.',
    'Calderra Pharma (LSE: CLD) +12.4%',
    'Shares in the Oxford-based biotech jumped 12.4% by 11:40 after it signed a licensing agreement with Novartis.',
    'Harwick Insurance (LSE: HWK) -6.1%',
    'The home insurer fell 6.1% after it denied a report that it had received a takeover approach from Aviva.',
    'Morvelle (Euronext Paris: MOR) -3.3%',
    'The French packaging group dropped 3.3% after cutting its margin target.',
    'Tarrow Group (LSE: TRW) -1.9%',
    'The bus operator slipped 1.9% after a profit warning.',
  ].join('\n');

  it('each move goes to its heading company', () => {
    const claims = claimsOf(text, 'en', PUB);
    const moves = claims
      .filter((c) => c.kind === 'share_move')
      .map((c) => (c.kind === 'share_move' ? `${c.parties[0]} ${c.percent}` : ''))
      .sort();
    expect(moves).toEqual([
      'Calderra Pharma 12.4',
      'Harwick Insurance 6.1',
      'Morvelle 3.3',
      'Tarrow Group 1.9',
    ]);
  });

  it('counter-example: an index heading opens no company item', () => {
    const claims = claimsOf(
      'Morvelle shares rose 2% on Wednesday.\nFTSE 100 -0.4%\nThe index slipped 0.4% by midday.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move').length).toBe(1);
  });
});

describe('a move of an index or sector named a few words after its figure is not the stock’s', () => {
  const cases = [
    'Telvara shares were up 2.3% at 0955 GMT, outperforming a 0.4% rise in the European telecoms index.',
    'Brandley shares fell 1.7% on Wednesday, against a 0.6% drop in the wider banking index.',
  ];
  for (const text of cases)
    it(text.slice(0, 20), () => {
      const claims = claimsOf(text, 'en', PUB);
      expect(claims.filter((c) => c.kind === 'share_move').length).toBe(1);
    });
});

describe('a sale to a buyer past an apposition ("sell X, its unit, to Y"): buyer and target, no seller deal', () => {
  it('en: talks to sell a stake, rumoured', () => {
    const claims = claimsOf(
      'Ardesia is in talks to sell a 40% stake in Valnet Fibra, its rural fibre network, to infrastructure investor Corrin Infrastructure, three people familiar with the matter said.',
      'en',
      PUB,
    );
    const sale = find(claims, 'acquisition', ['Corrin Infrastructure', 'Valnet Fibra']);
    expect(sale.map((c) => c.status)).toEqual(['rumour']);
    expect(sale[0]?.kind === 'acquisition' ? sale[0].percent : undefined).toBe(40);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('en: completed sale of a described unit', () => {
    const claims = claimsOf(
      'Tarrow Group completed the sale of its Irish coach operator Shannock Buses to Bellmont Travel for £46 million.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Bellmont Travel', 'Shannock Buses']).length).toBe(1);
  });

  it('en: sale of a maker past a relative clause', () => {
    const claims = claimsOf(
      'Norvane sold its frozen food maker Glacier Pantry, which it bought in 2019, to Tivoli Foods on Monday.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Tivoli Foods', 'Glacier Pantry']).length).toBe(1);
  });

  it('counter-example: selling products to customers is no acquisition', () => {
    const claims = claimsOf(
      'Norvane sells its frozen meals, a range it launched in 2019, to supermarkets in Spain.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('a target or party that says it never received an offer denies it', () => {
  const cases: [string, string][] = [
    [
      'Hapag-Lloyd is weighing a bid for Ostwald Terminals. Ostwald said it had not received any offer.',
      'Ostwald Terminals',
    ],
    [
      'Carrow Storage, the battery operator, said on Tuesday: "We never received an approach from Drax."',
      'Carrow Storage',
    ],
    [
      'Bellrock Foods said on Tuesday it has not yet received a formal proposal from any party.',
      'Bellrock Foods',
    ],
  ];
  for (const [text, speaker] of cases)
    it(speaker, () => {
      const claims = claimsOf(text, 'en', PUB);
      const st = find(claims, 'statement', [speaker]);
      expect(st.map((c) => (c.kind === 'statement' ? c.stance : ''))).toEqual(['deny']);
    });

  it('counter-example: an offer received is no denial', () => {
    const claims = claimsOf('Ostwald Terminals said it had received an offer from Hapag-Lloyd.', 'en', PUB);
    expect(claims.some((c) => c.status === 'denied')).toBe(false);
  });
});

describe('"no truth in the report" is a denial', () => {
  it('en', () => {
    const claims = claimsOf(
      'Ageas said on Wednesday there was “no truth” in a Belgian press report that it was negotiating a partnership with Dutch lender ABN Amro.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Ageas', 'ABN Amro']).map((c) => c.status)).toEqual(['denied']);
  });

  it('counter-example: truth in advertising is no denial', () => {
    const claims = claimsOf(
      'Calvern signed a partnership with Dorrel Media on Tuesday to promote truth in advertising.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Calvern', 'Dorrel Media']).map((c) => c.status)).toEqual([
      'confirmed',
    ]);
  });
});

describe('founders that "set up" or "create" a venture, each with an adjective before its name', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Brussels-listed Syensqo and French family-owned Veyrac Minéraux set up a 60/40 joint venture called Velithia to produce lithium sulphide.',
      'en',
      ['Syensqo', 'Veyrac Minéraux'],
    ],
    [
      'Oslo-listed Tidewave and Dutch Marveld Energy formed a joint venture called Northfloat on Monday.',
      'en',
      ['Tidewave', 'Marveld Energy'],
    ],
    [
      "Limagrain et l'allemand Semences Velay ont créé une coentreprise baptisée Velagri.",
      'fr',
      ['Limagrain', 'Semences Velay'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(`${parties.join(' + ')} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, 'agreement', parties).length).toBe(1);
    });

  it('counter-example: a city set beside a company is no founder', () => {
    const claims = claimsOf(
      'Tidewave and the city of Bergen set up a working group on port emissions.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('a target saying it received no offer leaves a bid only weighed a rumour', () => {
  it('en', () => {
    const claims = claimsOf(
      'Kestrel Lines is weighing a bid for Ostwald Terminals, people familiar with the matter said. Ostwald said it had not received any offer.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Kestrel Lines', 'Ostwald Terminals']).map((c) => c.status)).toEqual([
      'rumour',
    ]);
    expect(find(claims, 'statement', ['Ostwald Terminals']).map((c) => c.status)).toEqual(['denied']);
  });

  it('counter-example: a target denying talks still denies the reported talks', () => {
    const claims = claimsOf(
      'Kestrel Lines is in talks to buy Ostwald Terminals, people familiar with the matter said. Ostwald denied the report.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Kestrel Lines', 'Ostwald Terminals']).map((c) => c.status)).toEqual([
      'denied',
    ]);
  });
});

describe('a subsidiary named after its parent, as its apposition says, is a company of its own', () => {
  it('fr: the short form later stands for it', () => {
    const claims = claimsOf(
      'BNP Paribas Cardif, la filiale d’assurance de BNP Paribas, a signé mercredi un accord pour racheter 70 % de Mutuelle Garonne. Cardif prévoit de commercialiser dès le 1er janvier 2029 une gamme de contrats.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['BNP Paribas Cardif', 'Mutuelle Garonne']).length).toBe(1);
    expect(find(claims, 'launch', ['BNP Paribas Cardif']).length).toBe(1);
    expect(claims.some((c) => c.parties.includes('Cardif') || c.parties.includes('BNP Paribas'))).toBe(false);
  });

  it('en', () => {
    const claims = claimsOf(
      'Allianz Trade, the credit insurance unit of Allianz, agreed to buy Kelbrook Credit on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Allianz Trade', 'Kelbrook Credit']).length).toBe(1);
  });

  it('counter-example: a product after its maker stays the maker', () => {
    const claims = claimsOf(
      'Microsoft Teams will be available in Welsh from March 2029, Microsoft said.',
      'en',
      PUB,
    );
    expect(claims.every((c) => !c.parties.includes('Microsoft Teams'))).toBe(true);
  });
});

describe('a French company named by a plural trade noun and its "de" complement ("Polymères du Ried")', () => {
  const cases: [string, string, Parameters<typeof find>[1], string[]][] = [
    [
      'Arkema a officialisé jeudi la création d’une coentreprise avec Polymères du Ried, une entreprise familiale de Colmar.',
      'Polymères du Ried',
      'agreement',
      ['Arkema', 'Polymères du Ried'],
    ],
    [
      "Saint-Gobain a racheté Plastiques de l'Ain, une PME de Bourg-en-Bresse.",
      "Plastiques de l'Ain",
      'acquisition',
      ['Saint-Gobain', "Plastiques de l'Ain"],
    ],
    [
      'L’usine de Lens de Sucreries du Nord a obtenu cette semaine la certification ISO 50001.',
      'Sucreries du Nord',
      'certification',
      ['Sucreries du Nord'],
    ],
  ];
  for (const [text, name, kind, parties] of cases)
    it(name, () => {
      expect(find(claimsOf(text, 'fr', PUB), kind, parties).length).toBe(1);
    });

  it('counter-example: an event named the same way is no party', () => {
    const claims = claimsOf(
      'Le groupe a signé un accord avec Airbus lors des Assises de la Sécurité à Monaco.',
      'fr',
      PUB,
    );
    expect(claims.some((c) => c.parties.some((p) => p.startsWith('Assises')))).toBe(false);
  });
});

describe('a clinical trial started or a marketing authorisation sought is no launch', () => {
  const cases: [string, 'fr' | 'en'][] = [
    [
      'Ipsen a signé un accord avec Calenthe Bio. Les deux partenaires prévoient de lancer une étude de phase 3 au premier semestre 2029.',
      'fr',
    ],
    [
      'Si elle est concluante, Ipsen espère obtenir une autorisation de mise sur le marché européenne en 2032.',
      'fr',
    ],
    [
      'Galderma signed a deal with Dermalis. The partners plan to launch a phase 3 trial in 2029 and will seek marketing authorisation in 2031.',
      'en',
    ],
    ['Servier va démarrer un essai clinique de phase 2 en 2029 avec Kalvia Bio, son partenaire.', 'fr'],
  ];
  for (const [text, lang] of cases)
    it(text.slice(0, 30), () => {
      expect(claimsOf(text, lang, PUB).filter((c) => c.kind === 'launch')).toEqual([]);
    });

  it('counter-example: a drug launched on a date is a launch', () => {
    const claims = claimsOf('Sanofi lancera en mars 2029 son nouveau vaccin en France.', 'fr', PUB);
    expect(find(claims, 'launch', ['Sanofi']).length).toBe(1);
  });
});

describe('an offer a past deal was for, told in the pluperfect with a past year, is no launch', () => {
  const cases: [string, 'fr' | 'en'][] = [
    [
      "Getlink avait déjà signé en 2027 un accord avec l'armateur DFDS pour proposer des billets combinés aux transporteurs routiers.",
      'fr',
    ],
    ['Colvane had signed a deal with Brightway in 2027 to offer joint insurance policies.', 'en'],
  ];
  for (const [text, lang] of cases)
    it(lang, () => {
      expect(claimsOf(text, lang, PUB).filter((c) => c.kind === 'launch')).toEqual([]);
    });

  it('counter-example: a plan for a coming year is a launch', () => {
    const claims = claimsOf('Colvane said it would offer the policies from March 2029.', 'en', PUB);
    expect(find(claims, 'launch', ['Colvane']).length).toBe(1);
  });
});

describe('an interview: the headline speaker’s company, the lead’s officer, and "vous"/"you" in a question', () => {
  const frTitle = 'Claire Dormand (Velquin) : « Nous n’avons jamais parlé de rachat avec Airbus »';
  const fr = [
    'La PDG de l’éditeur nantais revient sur sa certification, son alliance avec Sopra Steria et les rumeurs qui entourent son capital.',
    'Fondée en 2016 à Nantes, Velquin s’est imposée dans la cybersécurité navale. Sa PDG, Claire Dormand, détaille ses ambitions.',
    'Qu’est-ce qui a changé depuis un an ?',
    'Beaucoup de choses. Nous avons doublé nos effectifs.',
    'Vous avez signé en février un partenariat avec Sopra Steria. Où en est-il ?',
    'Il fonctionne très bien. Ensemble, nous lancerons le 5 novembre une offre de supervision des navires.',
    'Des rumeurs font état d’un intérêt d’Airbus. Qu’en est-il ?',
    'Soyons clairs : nous n’avons jamais discuté d’un rachat avec Airbus.',
  ].join('\n');

  it('fr: partnership, joint launch and denial are the interviewee company’s', () => {
    const claims = claimsOf(fr, 'fr', PUB, frTitle);
    expect(find(claims, 'agreement', ['Velquin', 'Sopra Steria']).map((c) => c.status)).toEqual([
      'confirmed',
    ]);
    const launch = find(claims, 'launch', ['Velquin', 'Sopra Steria']);
    expect(launch.map((c) => (c.kind === 'launch' ? c.eventDate : ''))).toEqual(['2028-11-05']);
    expect(find(claims, 'acquisition', ['Airbus', 'Velquin']).map((c) => c.status)).toEqual(['denied']);
    expect(find(claims, 'statement', ['Velquin']).map((c) => c.status)).toEqual(['denied']);
    // The standfirst lists the topics: no rumoured or denied alliance from it.
    expect(claims.filter((c) => c.kind === 'agreement').length).toBe(1);
  });

  const enTitle = 'Q&A: Brathay Power’s chief on batteries and the bid that never was';
  const en = [
    'Brathay Power, the Perth-based battery operator, announced on Tuesday a partnership with Spain’s Iberdrola. The Wire spoke to chief executive Alan Moray about the deal and the takeover speculation.',
    'Why Iberdrola?',
    'They own the grid connections. We bring the sites.',
    'In March there were reports that Drax was preparing a bid for Brathay. Did you talk to them?',
    'No. We never received an approach from Drax, and we never had any discussions with them.',
    'Would you consider selling a stake?',
    'Never say never. But the Iberdrola partnership changes the picture.',
  ].join('\n');

  it('en: the officer the outlet spoke to is the company’s; its denial settles the reported bid', () => {
    const claims = claimsOf(en, 'en', PUB, enTitle);
    expect(find(claims, 'statement', ['Brathay Power']).map((c) => c.status)).toEqual(['denied']);
    expect(find(claims, 'acquisition', ['Drax', 'Brathay Power']).map((c) => c.status)).toEqual(['denied']);
    // The partnership recalled in an answer to a question on selling a stake is no purchase.
    expect(find(claims, 'acquisition', ['Iberdrola', 'Brathay Power'])).toEqual([]);
  });

  it('counter-example: "vous" outside an interview names nobody', () => {
    const claims = claimsOf(
      'Vous avez signé un contrat avec Orange ? Les clients de Sosh pourront changer d’offre en mars 2029.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('first-person plural futures of launch verbs ("nous lancerons", "nous déploierons")', () => {
  const cases: [string, string, string][] = [
    [
      'Talvène Paiements a publié jeudi ses résultats. « Nous lancerons en septembre notre offre de paiement », a indiqué sa directrice générale.',
      'Talvène Paiements',
      '2028-09',
    ],
    [
      '« Nous déploierons la plateforme dès janvier 2029 », a déclaré le patron d’Orvalis Santé.',
      'Orvalis Santé',
      '2029-01',
    ],
  ];
  for (const [text, party, date] of cases)
    it(party, () => {
      const launch = find(claimsOf(text, 'fr', PUB), 'launch', [party]);
      expect(launch.map((c) => (c.kind === 'launch' ? c.eventDate : ''))).toEqual([date]);
    });
});

describe('"X is not for sale": the asset is not the speaker; bare talks denied are the told sale’s', () => {
  it('en', () => {
    const claims = claimsOf(
      'Stellantis on Sunday denied a report that it was in talks to sell its Maserati brand to Halbury Motors. "Maserati is not for sale. There are no talks with Halbury," a Stellantis spokesman said.',
      'en',
      PUB,
    );
    const sale = claims.filter((c) => c.kind === 'acquisition' && c.parties[0] === 'Halbury Motors');
    expect(sale.map((c) => c.status)).toEqual(['denied']);
    expect(find(claims, 'statement', ['Maserati'])).toEqual([]);
    expect(find(claims, 'statement', ['Stellantis']).map((c) => c.status)).toEqual(['denied']);
    expect(find(claims, 'agreement', ['Halbury Motors', 'Stellantis'])).toEqual([]);
  });

  it('fr', () => {
    const claims = claimsOf(
      "Vestalia a démenti lundi être en discussions pour céder sa marque Orfeo à Bramant. « Orfeo n'est pas à vendre », a indiqué un porte-parole de Vestalia.",
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Orfeo'])).toEqual([]);
  });

  it('counter-example: talks on a partnership stay an agreement beside an unrelated purchase', () => {
    const claims = claimsOf(
      'Fiorenza Group agreed to buy Corvo Design on Monday. Fiorenza is also in talks with Halbury Motors about a battery partnership, people familiar with the matter said.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Fiorenza Group', 'Halbury Motors']).length).toBe(1);
  });
});

describe('a nation before its company ("South Korea’s Samsung") is never a party', () => {
  const cases: [string, string[]][] = [
    [
      'Halbury Motors signed a battery supply agreement with South Korea’s Samsung on Monday.',
      ['Halbury Motors', 'Samsung'],
    ],
    [
      'Corvane signed a distribution agreement with Turkey’s Arvak Holding on Tuesday.',
      ['Corvane', 'Arvak Holding'],
    ],
  ];
  for (const [text, parties] of cases)
    it(parties.join(' + '), () => {
      expect(find(claimsOf(text, 'en', PUB), 'agreement', parties).length).toBe(1);
    });
});

describe('a brand a company sells under is no venture’s name; a subsidiary’s elided apposition drops its parent', () => {
  it('fr: "sous la marque X" after X was bought', () => {
    const claims = claimsOf(
      [
        'Covéa Prévoyance, la filiale d’assurance de Covéa, a signé mercredi un accord pour racheter 70 % de Mutuelle Garonne, un assureur toulousain.',
        'Covéa Prévoyance prévoit de commercialiser dès janvier 2029 une gamme de contrats sous la marque Mutuelle Garonne dans ses agences.',
      ].join('\n'),
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Covéa Prévoyance', 'Mutuelle Garonne']).length).toBe(1);
    expect(find(claims, 'launch', ['Covéa Prévoyance']).length).toBe(1);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('counter-example: a joint offer branded with a name still names it', () => {
    const claims = claimsOf(
      'Ericsson signed a partnership with Pylonet Systems on Monday. Ericsson expects to make the joint offering, branded Tower Sense, available to operators from March 2029.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Ericsson', 'Pylonet Systems']).length).toBe(1);
  });
});

describe('a bare "the stock" before another company’s move is the article’s mover; an intraday peak beside it is none', () => {
  it('en', () => {
    const claims = claimsOf(
      'Shares in Brevala Composites jumped on Wednesday after a report that Safran was in talks to buy a stake. The stock was up 12.6% at 1040 GMT after earlier rising as much as 16%, while Safran shares were down 0.4%.',
      'en',
      PUB,
    );
    const moves = claims
      .filter((c) => c.kind === 'share_move')
      .map((c) => (c.kind === 'share_move' ? `${c.parties[0]} ${c.percent}` : ''))
      .sort();
    expect(moves).toEqual(['Brevala Composites 12.6', 'Safran 0.4']);
  });

  it('counter-example: a peak alone is the day’s move', () => {
    const claims = claimsOf('Brevala shares jumped as much as 9% on Wednesday.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'share_move').length).toBe(1);
  });
});

describe('a candidate set aside ("n’a pas retenu X, un temps pressenti") is no party', () => {
  it('fr', () => {
    const claims = claimsOf(
      'Engie et Vanterre Hydrogène ont officialisé mardi la création d’une société commune. Engie n’a en revanche pas retenu Air Liquide, un temps pressenti pour entrer au capital de la société commune.',
      'fr',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Air Liquide'))).toBe(false);
    expect(find(claims, 'agreement', ['Engie', 'Vanterre Hydrogène']).map((c) => c.status)).toEqual([
      'confirmed',
    ]);
  });

  it('en', () => {
    const claims = claimsOf(
      'Engie and Vanterre formed a joint venture on Tuesday. Engie passed over Air Liquide, once tipped to take a stake in the venture.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Air Liquide'))).toBe(false);
  });

  it('counter-example: a partner chosen is a party', () => {
    const claims = claimsOf(
      'Engie a retenu Air Liquide pour entrer au capital de la société commune.',
      'fr',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Air Liquide'))).toBe(true);
  });
});
