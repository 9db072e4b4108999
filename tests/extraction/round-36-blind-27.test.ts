import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors round 36 (blind-27) showed, written afresh with invented companies. */
const PUB = '2029-05-10'; // a Thursday

describe('a descriptor after the two companies of a sentence brings in no third', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Telvaro Networks has signed a five-year agreement with Orange to supply radio gear for the French operator’s new core, the Finnish group said.',
      'en',
      ['Telvaro Networks', 'Orange'],
    ],
    [
      'Merivane Bio signed a licensing agreement with Kestrel Pharma, the Irish developer of a kidney drug, giving the Dutch group rights in Asia.',
      'en',
      ['Merivane Bio', 'Kestrel Pharma'],
    ],
    [
      'Arvelis a signé un accord de distribution avec Capgemini pour équiper les agences du groupe français.',
      'fr',
      ['Arvelis', 'Capgemini'],
    ],
  ];
  for (const [text, language, parties] of cases)
    it(parties.join(' / '), () => {
      const lead =
        language === 'en'
          ? 'Norrland Telecom is in talks with Brissac Cloud. '
          : 'Le groupe allemand Haldor Systems discute avec Brissac Cloud. ';
      const deals = claimsOf(lead + text, language, PUB).filter((c) => c.kind === 'agreement');
      expect(find(deals, 'agreement', parties).length).toBe(1);
      expect(deals.every((c) => c.parties.length === 2)).toBe(true);
    });

  it('a descriptor opening the sentence still names the company the story told of', () => {
    const claims = claimsOf(
      'Vennor Bank picked Brissac Cloud last year. The bank said its new app would be available in June 2029.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Vennor Bank']).length).toBe(1);
  });
});

describe('a descriptor the sentence names again after a clause break stands for that company', () => {
  it('fr: « Microsoft et l’opérateur lyonnais …, une coentreprise détenue par Pellanne »', () => {
    const claims = claimsOf(
      'Après Orange, Corvalis Télécom ? Selon nos informations, Dell et l’opérateur grenoblois auraient arrêté les grandes lignes d’une coentreprise, qui serait détenue à 55 % par Corvalis.',
      'fr',
      PUB,
    );
    const deals = find(claims, 'agreement', ['Dell', 'Corvalis Télécom']);
    expect(deals.length).toBe(1);
    expect(deals[0]?.status).toBe('rumour');
  });

  it('a descriptor before an object named in its own clause is another company', () => {
    const claims = claimsOf(
      'Brissac Cloud a présenté ses comptes. L’opérateur Tarvel Télécom grandit. L’éditeur a signé un partenariat avec Tarvel Télécom.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Tarvel Télécom']).length).toBe(0);
  });
});

describe('a bank told of as "the bank" reports its own launch', () => {
  const cases: [string, string][] = [
    [
      'Caldera Bank has signed a cloud deal with Microsoft. The bank said its new payments app, rebuilt on Azure, would be available in September 2029.',
      'Caldera Bank',
    ],
    [
      'Banco Ostrada has picked Google Cloud to host its lending platform, the Portuguese bank said. The platform will be available to its clients from June 2029, according to the bank.',
      'Banco Ostrada',
    ],
    [
      'Halvard Bank chose Oracle for its core system. Its mobile service will be available in October 2029, said the bank.',
      'Halvard Bank',
    ],
  ];
  for (const [text, bank] of cases)
    it(bank, () => {
      const launches = claimsOf(text, 'en', PUB).filter((c) => c.kind === 'launch');
      expect(launches.map((c) => c.parties)).toEqual([[bank]]);
    });
});

describe('a fronted phrase holds no subject: the company after its comma is the story’s', () => {
  const cases: [string, string[]][] = [
    [
      'Tout juste passée sous le contrôle de Safran, la société rennaise ouvre son offre. Une semaine après l’annonce de son rachat par Safran, Orvalis Cyber accélère. La société rennaise a signé un accord de distribution avec Exclusive Networks.',
      ['Orvalis Cyber', 'Exclusive Networks'],
    ],
    [
      'Deux jours après l’offre de Vinci, Lanvergne Travaux a signé un partenariat avec Eiffage. Le groupe a signé un partenariat avec Spie.',
      ['Lanvergne Travaux', 'Spie'],
    ],
  ];
  for (const [text, parties] of cases)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, 'fr', PUB), 'agreement', parties).length).toBe(1);
    });

  it('en: "Days after the offer from Airbus, Nordheim Systems …" makes Nordheim the story’s company', () => {
    const claims = claimsOf(
      'Days after the offer from Airbus, Nordheim Systems raised its forecast. The company signed a distribution deal with Capgemini.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Nordheim Systems', 'Capgemini']).length).toBe(1);
  });

  it('a quote’s tag that reports another company does not make it the subject', () => {
    const claims = claimsOf(
      'Varenne Systems vend en direct. « Il nous fallait un distributeur », explique son cofondateur, qui précise que Thales « a validé la démarche ». La société nantaise a signé un accord avec Exclusive Networks.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Varenne Systems', 'Exclusive Networks']).length).toBe(1);
  });
});

describe('a lone adverb opening a sentence is no company', () => {
  const cases: [string, 'fr' | 'en'][] = [
    ['Fraîchement qualifié SecNumCloud, l’hébergeur breton attire les regards.', 'fr'],
    ['Récemment certifié HDS, l’hébergeur lorrain recrute.', 'fr'],
    ['Separately, the retailer said it would open new stores.', 'en'],
    ['Reportedly, talks have stalled.', 'en'],
  ];
  for (const [text, language] of cases)
    it(text, () => {
      const claims = claimsOf(text, language, PUB);
      const word = text.split(/[\s,]/u)[0] as string;
      expect(claims.some((c) => c.parties.includes(word))).toBe(false);
    });

  it('a company opening the sentence is still one', () => {
    const claims = claimsOf('Kestrelly a obtenu la qualification SecNumCloud de l’Anssi.', 'fr', PUB);
    expect(find(claims, 'certification', ['Kestrelly']).length).toBe(1);
  });
});

describe('an interview: the headline names the interviewee, "we" is its company', () => {
  const title = "'No sale': Vossberg Datacenter's chief on Google, power and a press report";
  const text = [
    'The Hamburg colocation operator will host Google’s next region. Its chief executive also pushed back on talk of a sale.',
    'Vossberg Datacenter is little known. Last month it became the landlord of Google’s new region. We spoke to its chief executive on Monday.',
    'How did the Google deal come about?',
    'We signed a ten-year agreement with Google in March to host the region on our Altona campus.',
    'Der Spiegel reported that Equinix had approached your shareholders about buying a majority stake. Is Vossberg for sale?',
    'No. There is no sale process, and nobody at Equinix has made an offer to the family.',
    'Your certifications matter to tenants. What do you hold?',
    'Our Altona campus obtained the EN 50600 class 3 certification from TÜV Süd in January, the highest availability class.',
  ].join('\n\n');
  const claims = claimsOf(text, 'en', PUB, title);

  it('"we signed … with Google" is the interviewee’s deal, the campus is a place', () => {
    expect(find(claims, 'agreement', ['Vossberg Datacenter', 'Google']).length).toBe(1);
    expect(claims.some((c) => c.parties.includes('Altona'))).toBe(false);
  });
  it('the denied sale is the interviewee’s, and its denial', () => {
    expect(find(claims, 'acquisition', ['Equinix', 'Vossberg Datacenter'])[0]?.status).toBe('denied');
    const denials = find(claims, 'statement', ['Vossberg Datacenter']);
    expect(denials.map((c) => c.kind === 'statement' && c.stance)).toEqual(['deny']);
    expect(claims.some((c) => c.parties.includes('Google') && c.kind === 'statement')).toBe(false);
  });
  it('a standard code with its class is the label; uptime jargon is no launch', () => {
    const labels = find(claims, 'certification', ['Vossberg Datacenter']);
    expect(labels.map((c) => c.kind === 'certification' && c.label)).toEqual(['EN 50600']);
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('fr: a prompt trailing off is a question; the answer’s "nous" is the interviewee', () => {
    const fr = claimsOf(
      [
        'Le PDG de Sorbière Télécom détaille sa stratégie.',
        'Pourquoi Microsoft ?',
        'Parce que nos clients l’utilisent déjà.',
        'Vous avez laissé planer le doute pendant dix jours…',
        'Il n’y a jamais eu la moindre discussion avec Bouygues sur une cession de Sorbière, et il n’y en aura pas.',
      ].join('\n\n'),
      'fr',
      PUB,
      'Entretien : le PDG de Sorbière Télécom',
    );
    expect(find(fr, 'acquisition', ['Bouygues', 'Sorbière Télécom'])[0]?.status).toBe('denied');
    expect(find(fr, 'statement', ['Sorbière Télécom']).length).toBe(1);
  });
});

describe('talks with X about a sale of Y: X would buy Y', () => {
  const cases: [string, 'fr' | 'en', string[], 'rumour' | 'denied'][] = [
    [
      'Il n’y a jamais eu la moindre discussion avec Orange sur une cession de Varlane Télécom.',
      'fr',
      ['Orange', 'Varlane Télécom'],
      'denied',
    ],
    [
      'Selon nos informations, des discussions avec Eiffage porteraient sur une cession de Lanvergne Travaux.',
      'fr',
      ['Eiffage', 'Lanvergne Travaux'],
      'rumour',
    ],
    [
      'There have been no talks with Vodafone about a sale of Kessock Fibre, the company said.',
      'en',
      ['Vodafone', 'Kessock Fibre'],
      'denied',
    ],
    [
      'Brenmoor is reportedly in talks with Allianz over a possible sale of Harlow Direct.',
      'en',
      ['Allianz', 'Harlow Direct'],
      'rumour',
    ],
  ];
  for (const [text, language, parties, status] of cases)
    it(parties.join(' / '), () => {
      const deals = find(claimsOf(text, language, PUB), 'acquisition', parties);
      expect(deals.length).toBe(1);
      expect(deals[0]?.status).toBe(status);
    });

  it('talks about a sale of its own unit name no target here', () => {
    const claims = claimsOf('Nous discutons avec Bouygues sur une cession de notre filiale.', 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('denials in other words: no sale process, nobody made an offer, pas la moindre discussion', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string[]][] = [
    [
      'Nobody at Orange has made an offer for Corvalis Télécom, Corvalis said.',
      'en',
      'acquisition',
      ['Orange', 'Corvalis Télécom'],
    ],
    [
      'There is no sale process, and no one at Equinix has made an offer for Halsted Data.',
      'en',
      'acquisition',
      ['Equinix', 'Halsted Data'],
    ],
    [
      'Il n’y a pas eu la moindre discussion avec Safran, a indiqué Orvane.',
      'fr',
      'agreement',
      ['Safran', 'Orvane'],
    ],
  ];
  for (const [text, language, kind, parties] of cases)
    it(text, () => {
      const deals = find(claimsOf(text, language, PUB), kind, parties);
      expect(deals.map((c) => c.status)).toEqual(['denied']);
    });
});

describe('a venture the article named, signing with another company, is a side of that deal', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Orange et Bretelia créent une coentreprise baptisée Kervia. Kervia a signé un accord de revente avec Spie.',
      'fr',
      ['Kervia', 'Spie'],
    ],
    [
      'Airbus and Safran formed a joint venture called Orbilis. Orbilis has signed a supply agreement with Thales.',
      'en',
      ['Orbilis', 'Thales'],
    ],
  ];
  for (const [text, language, parties] of cases)
    it(parties.join(' / '), () => {
      const claims = claimsOf(text, language, PUB);
      expect(find(claims, 'agreement', parties).length).toBe(1);
      expect(claims.filter((c) => c.kind === 'agreement').length).toBe(2);
    });
});

describe('« Nous confirmons » in a quote is the speaker’s company confirming', () => {
  it('the quote tag names the company', () => {
    const claims = claimsOf(
      'Capgemini et Ardelis ont annoncé mercredi un partenariat. « Nous confirmons avoir signé hier un accord définitif avec Ardelis », a indiqué jeudi à Canal Services Claire Morin, directrice des alliances de Capgemini.',
      'fr',
      PUB,
    );
    const statements = find(claims, 'statement', ['Capgemini']);
    expect(statements.map((c) => c.kind === 'statement' && c.stance)).toEqual(['confirm']);
  });

  it('confirming a negation is no confirmation', () => {
    const claims = claimsOf(
      'Capgemini a publié ses comptes. « Nous confirmons ne pas être en discussion avec Ardelis », a indiqué jeudi à Canal Services Claire Morin, directrice des alliances de Capgemini.',
      'fr',
      PUB,
    );
    expect(claims.some((c) => c.kind === 'statement' && c.stance === 'confirm')).toBe(false);
  });
});

describe('a deal relayed as reported stays a rumour; saying nothing is no party speaking', () => {
  const cases: [string, string[]][] = [
    ['Telvaro and Orange have still said nothing about their reported joint venture.', ['Telvaro', 'Orange']],
    ['Kessock and Vodafone declined to discuss the reported merger.', ['Kessock', 'Vodafone']],
    ['Kessock and Vodafone have said nothing about their alleged partnership.', ['Kessock', 'Vodafone']],
  ];
  for (const [text, parties] of cases)
    it(text, () => {
      const deals = claimsOf(text, 'en', PUB).filter(
        (c) => c.kind === 'agreement' && parties.every((p) => c.parties.includes(p)),
      );
      expect(deals.length).toBe(1);
      expect(deals[0]?.status).toBe('rumour');
    });

  it('"this site reported the talks" is no hedge on a deal agreed', () => {
    const claims = claimsOf(
      'Sanofi agreed on Wednesday to buy Pellbrook Therapeutics, two days after this site reported the talks.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Sanofi', 'Pellbrook Therapeutics'])[0]?.status).toBe('confirmed');
  });
});

describe('"the two companies announced" after a fronted clause naming them', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'A week after Oracle denied that it wanted to buy Dunlin Software, the two companies on Thursday announced a distribution agreement.',
      'en',
      ['Oracle', 'Dunlin Software'],
    ],
    [
      'Days after Vinci ruled out a bid for Larchmont Systems, the two groups unveiled a maintenance partnership.',
      'en',
      ['Vinci', 'Larchmont Systems'],
    ],
  ];
  for (const [text, language, parties] of cases)
    it(parties.join(' / '), () => {
      const deals = find(claimsOf(text, language, PUB), 'agreement', parties);
      expect(deals.length).toBe(1);
      expect(deals[0]?.status).toBe('confirmed');
    });
});

describe('companies that each made a deal made none with each other', () => {
  it('en: no partner named, no deal', () => {
    const claims = claimsOf(
      'It would be the third such venture, after the alliances that Microsoft and Google each struck with French partners.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
  it('fr: « ont chacun signé » with an unnamed partner', () => {
    const claims = claimsOf('Orange et SFR ont chacun signé un partenariat avec un intégrateur.', 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
  it('one named side: one deal per subject', () => {
    const claims = claimsOf(
      'Orange and Bouygues have each signed a distribution deal with Capgemini.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Orange', 'Capgemini']).length).toBe(1);
    expect(find(claims, 'agreement', ['Bouygues', 'Capgemini']).length).toBe(1);
    expect(claims.filter((c) => c.kind === 'agreement').length).toBe(2);
  });
  it('a plain pair still makes one deal', () => {
    const claims = claimsOf('Orange and Bouygues signed a network-sharing deal.', 'en', PUB);
    expect(find(claims, 'agreement', ['Orange', 'Bouygues']).length).toBe(1);
  });
});

describe('a label that a relative clause says is still to be obtained is no certification', () => {
  const cases: [string, 'fr' | 'en'][] = [
    [
      'The French partner holds the keys and, eventually, a SecNumCloud qualification that Kervia would still need to obtain.',
      'en',
    ],
    ['Brissac Cloud holds a FedRAMP authorization that its US unit has yet to secure.', 'en'],
    ['Orvane est titulaire de la qualification HDS que la filiale devra encore obtenir.', 'fr'],
  ];
  for (const [text, language] of cases)
    it(text, () => {
      expect(claimsOf(text, language, PUB).filter((c) => c.kind === 'certification')).toEqual([]);
    });

  it('a label obtained that another company still hopes for is obtained', () => {
    const claims = claimsOf('Kervala a obtenu la qualification HDS que Brissac espère décrocher.', 'fr', PUB);
    expect(find(claims, 'certification', ['Kervala']).length).toBe(1);
  });
});

describe('standard codes with a letter or a class are labels of their own', () => {
  const cases: [string, string, string][] = [
    ['Norvik Batteries said its module had obtained UL 9540A certification.', 'Norvik Batteries', 'UL 9540A'],
    [
      'Halsted Data said its Leeds site obtained the EN 50600 class 4 certification in May.',
      'Halsted Data',
      'EN 50600',
    ],
    [
      'Vellmar Systems has obtained IEC 62443 level 2 certification for its gateway.',
      'Vellmar Systems',
      'IEC 62443',
    ],
  ];
  for (const [text, holder, label] of cases)
    it(label, () => {
      const labels = find(claimsOf(text, 'en', PUB), 'certification', [holder]);
      expect(labels.map((c) => c.kind === 'certification' && c.label)).toEqual([label]);
    });
});

describe('a tender’s issuer is never a side of the venture bidding for it', () => {
  it('fr: « pour répondre aux appels d’offres de SNCF Réseau »', () => {
    const claims = claimsOf(
      'Nous avons créé une coentreprise à parts égales pour répondre aux appels d’offres de SNCF Réseau.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
  it('en: "to bid for contracts from Network Rail"', () => {
    const claims = claimsOf(
      'Balfour Beatty and Colas formed a joint venture to bid for contracts from Network Rail.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Balfour Beatty', 'Colas']).length).toBe(1);
    expect(claims.some((c) => c.parties.includes('Network Rail'))).toBe(false);
  });
});
