import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors round 35 (blind-20) showed, written afresh with invented companies. */
const PUB = '2029-03-08'; // a Thursday

describe('a company whose name ends in "Médias" / "Media" is a company, not an outlet', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'TF1 et Corbière Médias ont officialisé mardi la création d’Ondée, une alliance publicitaire.',
      'fr',
      ['TF1', 'Corbière Médias'],
    ],
    [
      'Lagardère et Vasselin Médias ont signé un partenariat de distribution.',
      'fr',
      ['Lagardère', 'Vasselin Médias'],
    ],
    ['Havas and Brindle Media signed a data partnership on Tuesday.', 'en', ['Havas', 'Brindle Media']],
  ];
  for (const [text, lang, parties] of cases)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties).length).toBe(1);
    });

  it('a relative clause telling what the media group publishes keeps it a company', () => {
    const claims = claimsOf(
      'TF1 et Corbière Médias ont signé un partenariat. Corbière Médias, qui édite six quotidiens, a vu ses recettes publicitaires reculer de 6 % l’an dernier.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['TF1', 'Corbière Médias']).length).toBe(1);
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });

  it('a newspaper cited as the source stays an outlet', () => {
    const claims = claimsOf(
      'Selon Le Journal du Centre, Orange aurait signé un partenariat avec Capgemini.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Orange', 'Capgemini']).length).toBe(1);
    expect(claims.some((c) => c.parties.some((p) => /journal/iu.test(p)))).toBe(false);
  });
});

describe('advertising receipts and audiences falling are no share move', () => {
  const cases: [string, 'fr' | 'en'][] = [
    ['Corbière Médias a vu ses recettes publicitaires reculer de 6 % l’an dernier.', 'fr'],
    ['Les audiences de Vasselin TV ont progressé de 4 % en février.', 'fr'],
    ['Brindle Media saw its advertising receipts fall 6% last year.', 'en'],
    ['Brindle Media said its takings rose 3% over the Christmas period.', 'en'],
  ];
  for (const [text, lang] of cases)
    it(text, () => {
      expect(claimsOf(text, lang, PUB).filter((c) => c.kind === 'share_move')).toEqual([]);
    });

  it('the stock itself still moves', () => {
    const claims = claimsOf('Brindle Media shares fell 6% on Monday.', 'en', PUB);
    expect(find(claims, 'share_move', ['Brindle Media']).length).toBe(1);
  });
});

describe('"X, le gestionnaire du réseau …" is a company in apposition, not an analyst’s firm', () => {
  const cases: [string, string[]][] = [
    [
      'Calorea, le gestionnaire du réseau de chaleur de la ville, a signé avec Engie un accord de fourniture.',
      ['Calorea', 'Engie'],
    ],
    ['Hydrelis, le gestionnaire des barrages du Lot, a signé un partenariat avec EDF.', ['Hydrelis', 'EDF']],
    [
      'Portalis, gestionnaire du port de Sète, a conclu un contrat de distribution avec Orange.',
      ['Portalis', 'Orange'],
    ],
    ['Navilor, opérateur du port fluvial, a signé un partenariat avec CMA CGM.', ['Navilor', 'CMA CGM']],
  ];
  for (const [text, parties] of cases)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, 'fr', PUB), 'agreement', parties).length).toBe(1);
    });

  it('a fund manager’s firm commenting on a deal stays out of it', () => {
    const claims = claimsOf(
      'Chez Ternay Gestion, le gestionnaire de fonds Paul Durand juge que l’accord entre Orange et Capgemini est bon.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Orange', 'Capgemini']).length).toBe(1);
    expect(claims.some((c) => c.parties.includes('Ternay Gestion'))).toBe(false);
  });
});

describe('a counterfactual ("would not have been possible without") hedges nothing', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Ce contrat n’aurait pas été possible sans une étape franchie cet été : Brastel a obtenu en juillet la certification ISO 9001.',
      'fr',
      'Brastel',
    ],
    [
      'Ce succès n’aurait jamais vu le jour sans un long audit : Corvane a obtenu la certification ISO 14001 en mai.',
      'fr',
      'Corvane',
    ],
    [
      'The order would not have been possible without the audit: Halvorn obtained ISO 27001 certification in May.',
      'en',
      'Halvorn',
    ],
    [
      'The contract would have been impossible without it: Tamsley obtained ISO 9001 certification last month.',
      'en',
      'Tamsley',
    ],
  ];
  for (const [text, lang, party] of cases)
    it(party, () => {
      const found = find(claimsOf(text, lang, PUB), 'certification', [party]);
      expect(found.map((c) => c.status)).toEqual(['confirmed']);
    });

  it('a real conditional still reports a rumour', () => {
    const claims = claimsOf(
      'Selon nos informations, Orange aurait signé un partenariat avec Capgemini.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Orange', 'Capgemini']).map((c) => c.status)).toEqual(['rumour']);
  });
});

describe('a launch takes the date its own preposition brings, not the day of the telling', () => {
  const cases: [string, string[], string][] = [
    [
      'Orange said in July that its platform would be available from the second quarter of 2030.',
      ['Orange'],
      '2030',
    ],
    [
      'Capgemini announced in January that the service would be offered to banks from the second half of 2030.',
      ['Capgemini'],
      '2030',
    ],
    [
      'Thales, which was certified in August, said its gateway would be available from March 2030.',
      ['Thales'],
      '2030-03',
    ],
  ];
  for (const [text, parties, date] of cases)
    it(text, () => {
      const found = find(claimsOf(text, 'en', PUB), 'launch', parties);
      expect(found.map((c) => (c.kind === 'launch' ? c.eventDate : undefined))).toEqual([date]);
    });

  it('French: « à partir de » after an announcement month', () => {
    const claims = claimsOf(
      'Orange a indiqué en juillet que son offre serait commercialisée à partir du second semestre 2030.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Orange']).map((c) => (c.kind === 'launch' ? c.eventDate : ''))).toEqual([
      '2030',
    ]);
  });
});

describe('trade role nouns stand for the company the article is about', () => {
  it('« l’aciériste mosellan » after the steelworks was named', () => {
    const claims = claimsOf(
      'Les Forges de Sarrebourg ont obtenu la certification ResponsibleSteel. Dans la foulée, l’aciériste mosellan a signé avec Renault un accord de partenariat.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Forges de Sarrebourg', 'Renault']).length).toBe(1);
  });

  it('« le sidérurgiste lorrain »', () => {
    const claims = claimsOf(
      'Les Aciéries de Longwy ont obtenu la certification ISO 50001. Le sidérurgiste lorrain a signé un contrat de fourniture avec Stellantis.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Aciéries de Longwy', 'Stellantis']).length).toBe(1);
  });

  it('« le papetier vosgien »', () => {
    const claims = claimsOf(
      'Les Papeteries de Raon ont obtenu le label FSC. Le papetier vosgien a signé un partenariat avec Carrefour.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Papeteries de Raon', 'Carrefour']).length).toBe(1);
  });

  it('"the steelmaker" in English', () => {
    const claims = claimsOf(
      'Garrow Steel opened a new furnace. The steelmaker has signed a supply deal with Volvo.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Garrow Steel', 'Volvo']).length).toBe(1);
  });

  it('« du spécialiste lyonnais » after a preposition fused with the article is the story’s company', () => {
    const claims = claimsOf(
      'Le chimiste Résinor change de mains. Le fonds Belcastel Partners a signé mercredi un accord pour acquérir 60 % du capital du spécialiste lyonnais des résines.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Belcastel Partners', 'Résinor']).length).toBe(1);
  });

  it('« la direction du fabricant » is the company whose stock moved, not the rumoured bidder', () => {
    const claims = claimsOf(
      'Le titre Gazelis s’est envolé de 9 % jeudi, porté par des rumeurs de rachat par Air Liquide. Interrogée, la direction du fabricant de gaz médicaux s’est refusée à tout commentaire.',
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Gazelis']).length).toBe(1);
    expect(find(claims, 'statement', ['Air Liquide'])).toEqual([]);
  });
});

describe('a joint venture, once created, signs deals of its own', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Orange et Thales ont créé Hexalys, une coentreprise de cloud. Hexalys a signé avec Airbus un contrat de fourniture.',
      'fr',
      ['Hexalys', 'Airbus'],
    ],
    [
      'Orange et Thales ont créé Hexalys, une coentreprise de cloud. Safran a signé un partenariat avec Hexalys.',
      'fr',
      ['Safran', 'Hexalys'],
    ],
    [
      'Renault and Valeo set up Voltrane, a joint venture. Voltrane has signed a supply deal with Airbus.',
      'en',
      ['Voltrane', 'Airbus'],
    ],
    [
      'Renault and Valeo set up Voltrane, a joint venture. Engie signed a partnership with Voltrane on Monday.',
      'en',
      ['Engie', 'Voltrane'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(parties.join(' / '), () => {
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, 'agreement', parties).length).toBe(1);
      // The founding stays one deal of the founders, named after the venture.
      expect(claims.filter((c) => c.kind === 'agreement' && c.alliance !== undefined).length).toBe(1);
    });

  it('the sentence that names the venture keeps it as the name, not a side', () => {
    const claims = claimsOf(
      'Orange and Thales set up a joint venture called Hexalys with Airbus.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement' && c.parties.includes('Hexalys'))).toEqual([]);
  });
});

describe('an accreditation with no label named takes the accrediting body as its label', () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      'Kestrel Cyber said it had been accredited by CREST for penetration testing.',
      'en',
      'Kestrel Cyber',
      'CREST',
    ],
    ['Halden Labs was accredited by UKAS in March.', 'en', 'Halden Labs', 'UKAS'],
    ['Biolys Analyses a été accréditée par le Cofrac en mars.', 'fr', 'Biolys Analyses', 'COFRAC'],
  ];
  for (const [text, lang, holder, label] of cases)
    it(holder, () => {
      const found = find(claimsOf(text, lang, PUB), 'certification', [holder]);
      expect(found.map((c) => (c.kind === 'certification' ? [c.label, c.issuer] : []))).toEqual([
        [label, label],
      ]);
    });

  it('an accreditation hoped for is none', () => {
    const claims = claimsOf('Kestrel Cyber hopes to be accredited by CREST next year.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'certification')).toEqual([]);
  });
});

describe('French certification phrasings: « nous venons d’obtenir », « l’obtention par X du label »', () => {
  it('« vient d’obtenir de l’ANSM le certificat BPF »: the issuer between the verb and the label', () => {
    const found = find(
      claimsOf('Pharmalys vient d’obtenir de l’ANSM le certificat BPF pour son unité de Rouen.', 'fr', PUB),
      'certification',
      ['Pharmalys'],
    );
    expect(found.map((c) => (c.kind === 'certification' ? c.label : ''))).toEqual(['BPF']);
  });

  it('« Nous venons d’obtenir … » in an interview answer is the interviewee’s', () => {
    const text =
      'La directrice générale de Pharmalys, Agnès Morel, détaille sa stratégie.\n\nVous avez signé un accord de distribution. Avec qui ?\n\nNous avons signé avec Medilor un accord de distribution en France.\n\nOù en est votre nouvelle usine ?\n\nNous venons d’obtenir de l’ANSM le certificat BPF pour notre unité de Rouen.';
    const claims = claimsOf(text, 'fr', PUB, 'Agnès Morel (Pharmalys) : « Nous voulons grandir »');
    expect(
      find(claims, 'certification', ['Pharmalys']).map((c) => (c.kind === 'certification' ? c.label : '')),
    ).toEqual(['BPF']);
  });

  it('« vient de décrocher la certification »', () => {
    const found = find(
      claimsOf('Brenne Aciers vient de décrocher la certification ISO 14001.', 'fr', PUB),
      'certification',
      ['Brenne Aciers'],
    );
    expect(found.map((c) => (c.kind === 'certification' ? c.label : ''))).toEqual(['ISO 14001']);
  });

  it('« l’obtention par X de la certification Y »: the noun’s agent holds it', () => {
    const claims = claimsOf(
      'Le contrat a suivi l’obtention par les Forges de Brenne de la certification ISO 50001.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Forges de Brenne']).length).toBe(1);
  });

  it('the issuer named after « délivré par » is no holder', () => {
    const claims = claimsOf(
      'L’obtention de la certification ISO 9001, délivrée par Bureau Veritas, a pris deux ans à Orange.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Bureau Veritas'])).toEqual([]);
  });
});

describe('a relative clause on a company’s product tells of that company, not the main clause’s subject', () => {
  it('type approval of the possessed engine', () => {
    const claims = claimsOf(
      "The deal gives Airbus privileged access to Safran's ammonia-ready engine, which received type approval from classification society DNV in August.",
      'en',
      PUB,
    );
    expect(find(claims, 'certification', ['Safran']).length).toBe(1);
    expect(find(claims, 'certification', ['Airbus'])).toEqual([]);
  });

  it('the possessed product offered from a date', () => {
    const claims = claimsOf(
      "Maersk will use Safran's dual-fuel engine, which is due to be offered to other shipowners from the second half of 2030.",
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Safran']).length).toBe(1);
    expect(find(claims, 'launch', ['Maersk'])).toEqual([]);
  });

  it('a possessive inside a prepositional phrase is not the offer’s owner', () => {
    const claims = claimsOf(
      "Thales said it would integrate Orvane's sensors into its counter-drone offering, which will be available to NATO customers by the end of June 2030.",
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Orvane'])).toEqual([]);
  });
});

describe('granting a company an exclusive licence or rights is a licence deal', () => {
  const cases: [string, string[]][] = [
    [
      'Quellmont said it had granted Sanofi an exclusive worldwide licence to develop its drug.',
      ['Quellmont', 'Sanofi'],
    ],
    ['Orvane granted Novartis the exclusive rights to market its drug in Japan.', ['Orvane', 'Novartis']],
    ['Arventa granted Bayer a non-exclusive licence to its patents.', ['Arventa', 'Bayer']],
  ];
  for (const [text, parties] of cases)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, 'en', PUB), 'agreement', parties).length).toBe(1);
    });

  it('a regulator granting a licence to operate is no deal', () => {
    for (const text of [
      'Ofcom granted Vodafone a spectrum licence on Monday.',
      'The FCA granted Monzo a full licence.',
    ])
      expect(claimsOf(text, 'en', PUB).filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});
