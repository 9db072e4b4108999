import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Status classes phrasebook-2 showed (no-comment verbs, passive announcements, negated signings, disclaimers), invented afresh. */
const PUB = '2027-03-11'; // a Thursday

const statusOf = (claims: Claim[], kind: Claim['kind'], parties: string[]) =>
  find(claims, kind, parties).map((c) => c.status);

describe('a verb inside "ni confirmé ni infirmé" / "neither confirmed nor denied" is no party speaking', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string[]][] = [
    [
      'Sollicitée, la direction de Brevanne n’a ni confirmé ni démenti les informations des Echos, selon lesquelles le groupe céderait sa branche logistique à Geodis.',
      'fr',
      'acquisition',
      ['Geodis', 'Brevanne'],
    ],
    [
      'Interrogé, Colmarel n’a ni confirmé ni infirmé les rumeurs selon lesquelles il s’allierait avec Thales dans les radars.',
      'fr',
      'agreement',
      ['Colmarel', 'Thales'],
    ],
    [
      'Asked about the report, Harwick neither confirmed nor denied that it would sell its payments unit to Adyen.',
      'en',
      'acquisition',
      ['Adyen', 'Harwick'],
    ],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(`${lang}: ${parties.join(' + ')} stays a rumour`, () => {
      expect(statusOf(claimsOf(text, lang, PUB), kind, parties)).toEqual(['rumour']);
    });

  it('counter-example: a party that did confirm still confirms', () => {
    const text = 'Brevanne a confirmé jeudi la cession de sa branche logistique à Geodis.';
    expect(statusOf(claimsOf(text, 'fr', PUB), 'acquisition', ['Geodis', 'Brevanne'])).toEqual(['confirmed']);
  });
});

describe('"devrait être annoncé" is a passive: nobody speaks, the hedge stands', () => {
  const cases: [string, string[]][] = [
    [
      'Le rachat de Fenorel par Sopra Steria devrait être annoncé la semaine prochaine, selon des sources concordantes.',
      ['Sopra Steria', 'Fenorel'],
    ],
    [
      'L’acquisition de Dravel par Capgemini serait annoncée lundi, croit savoir Le Figaro.',
      ['Capgemini', 'Dravel'],
    ],
    [
      'Le rachat de Corvelle par Atos pourrait être officialisé et annoncé d’ici l’été.',
      ['Atos', 'Corvelle'],
    ],
  ];
  for (const [text, parties] of cases)
    it(parties.join(' + '), () => {
      expect(statusOf(claimsOf(text, 'fr', PUB), 'acquisition', parties)).toEqual(['rumour']);
    });

  it('counter-example: the buyer announcing it is confirmed', () => {
    const text = 'Capgemini annonce le rachat de Dravel, spécialiste lyonnais de la paie.';
    expect(statusOf(claimsOf(text, 'fr', PUB), 'acquisition', ['Capgemini', 'Dravel'])).toEqual([
      'confirmed',
    ]);
  });
});

describe('"X n’a signé aucun accord avec Y": an unknown subject of a negated signing is a party; the deal is denied', () => {
  const cases: [string, string[]][] = [
    [
      'Tormelis n’a signé aucun accord de distribution avec Orange, a précisé l’entreprise dans un communiqué.',
      ['Tormelis', 'Orange'],
    ],
    [
      'Contrairement aux rumeurs, Valcrest n’a conclu aucun partenariat avec Atos, a indiqué le groupe.',
      ['Valcrest', 'Atos'],
    ],
    [
      'Brunelys n’a jamais signé d’accord avec Thales, a assuré sa directrice générale.',
      ['Brunelys', 'Thales'],
    ],
  ];
  for (const [text, parties] of cases)
    it(parties.join(' + '), () => {
      const claims = claimsOf(text, 'fr', PUB);
      expect(statusOf(claims, 'agreement', parties)).toEqual(['denied']);
    });

  it('the company saying so is a deny statement', () => {
    const claims = claimsOf(
      'Tormelis n’a signé aucun accord de distribution avec Orange, a précisé l’entreprise dans un communiqué.',
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Tormelis']).map((c) => c.status)).toEqual(['denied']);
  });

  it('counter-example: a signed deal stays confirmed', () => {
    const text = 'Tormelis a signé un accord de distribution avec Orange.';
    expect(statusOf(claimsOf(text, 'fr', PUB), 'agreement', ['Tormelis', 'Orange'])).toEqual(['confirmed']);
  });
});

describe('a company disclaiming any part in a reported deal is a deny statement of its own', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Thales s’allierait avec la start-up Novaric dans les drones. « Nous ne sommes nullement impliqués dans ces discussions », a déclaré un porte-parole d’Airbus.',
      'fr',
      'Airbus',
    ],
    [
      'Atos s’apprêterait à racheter Kervane. « Je ne suis en rien concerné par ce dossier », a assuré un porte-parole de Capgemini.',
      'fr',
      'Capgemini',
    ],
    [
      'Drummond Analytics said it was "not in any way involved" in the talks between Oracle and Pellworth.',
      'en',
      'Drummond Analytics',
    ],
    [
      'Harlow Systems said it was never involved in the consortium that Siemens is reportedly forming.',
      'en',
      'Harlow Systems',
    ],
  ];
  for (const [text, lang, speaker] of cases)
    it(`${lang}: ${speaker}`, () => {
      const statements = find(claimsOf(text, lang, PUB), 'statement', [speaker]);
      expect(statements.map((c) => [c.status, c.kind === 'statement' ? c.stance : '']).at(0)).toEqual([
        'denied',
        'deny',
      ]);
    });

  it('counter-example: "nous sommes impliqués" affirms, it is no denial', () => {
    const text = '« Nous sommes pleinement impliqués dans ce projet », a déclaré un porte-parole d’Airbus.';
    const statements = claimsOf(text, 'fr', PUB).filter(
      (c) => c.kind === 'statement' && c.status === 'denied',
    );
    expect(statements).toHaveLength(0);
  });

  it('counter-example: "it was involved" is no denial', () => {
    const text = 'Drummond Analytics said it was involved in the talks between Oracle and Pellworth.';
    const denied = claimsOf(text, 'en', PUB).filter((c) => c.kind === 'statement' && c.status === 'denied');
    expect(denied).toHaveLength(0);
  });
});

describe('an offer rejected is an acquisition that is not happening: denied', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Dornhill has rejected an unsolicited €1.2bn offer from Vinci, saying it undervalued the group.',
      'en',
      ['Vinci', 'Dornhill'],
    ],
    [
      'The board of Carraway turned down a takeover bid from Bouygues on Monday.',
      'en',
      ['Bouygues', 'Carraway'],
    ],
    ['Lunavelle a rejeté l’offre non sollicitée de Safran, jugée trop basse.', 'fr', ['Safran', 'Lunavelle']],
    [
      'Le conseil de Pradelis a repoussé l’offre de rachat déposée par Eiffage.',
      'fr',
      ['Eiffage', 'Pradelis'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(`${lang}: ${parties.join(' + ')}`, () => {
      expect(statusOf(claimsOf(text, lang, PUB), 'acquisition', parties)).toEqual(['denied']);
    });

  it('counter-example: an offer accepted is confirmed', () => {
    expect(
      statusOf(claimsOf('Dornhill accepted a €1.2bn offer from Vinci.', 'en', PUB), 'acquisition', [
        'Vinci',
        'Dornhill',
      ]),
    ).toEqual(['confirmed']);
    expect(
      statusOf(claimsOf('Lunavelle a accepté l’offre de Safran.', 'fr', PUB), 'acquisition', [
        'Safran',
        'Lunavelle',
      ]),
    ).toEqual(['confirmed']);
  });

  it('counter-example: rejecting a report is a denial, not a rejected offer statement', () => {
    const claims = claimsOf('Dornhill rejected the report that Vinci had made an offer.', 'en', PUB);
    expect(claims.every((c) => c.status !== 'confirmed')).toBe(true);
  });
});

describe('an unknown name before a sale, an acceptance, or a dated denial is a party', () => {
  it('"X could sell its data centres to Y, bankers told Reuters" is a rumoured sale', () => {
    const claims = claimsOf(
      'Tarrowby could sell its portfolio of data centres to Equinix as early as next month, two bankers told Reuters.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Equinix', 'Tarrowby'])).toEqual(['rumour']);
  });

  it('"X will sell its unit to Y" is a confirmed sale', () => {
    const claims = claimsOf('Pellmoor will sell its logistics unit to DHL.', 'en', PUB);
    expect(statusOf(claims, 'acquisition', ['DHL', 'Pellmoor'])).toEqual(['confirmed']);
  });

  it('"X on Wednesday denied that it had received an approach from Y" denies the purchase', () => {
    const claims = claimsOf(
      'Quillmere on Wednesday denied that it had received an approach from Oracle.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Oracle', 'Quillmere'])).toEqual(['denied']);
    expect(find(claims, 'statement', ['Quillmere']).map((c) => c.status)).toEqual(['denied']);
  });
});

describe('"a deal to supply X to Y" is an agreement between the supplier and Y', () => {
  const cases: [string, string][] = [
    ['Brackwell is reportedly nearing a deal to supply field radios to Leonardo.', 'rumour'],
    ['Brackwell won a contract to supply turbines to Leonardo.', 'confirmed'],
    ['Brackwell signed a pact to provide satellite links to Leonardo for ten years.', 'confirmed'],
  ];
  for (const [text, status] of cases)
    it(text, () => {
      expect(statusOf(claimsOf(text, 'en', PUB), 'agreement', ['Brackwell', 'Leonardo'])).toEqual([status]);
    });

  it('counter-example: a deal to supply customers names no second party', () => {
    const claims = claimsOf(
      'Brackwell is nearing a deal to supply radios to customers in Europe.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toHaveLength(0);
  });
});

describe('a company disclaiming its part is left out of the deal, which keeps its own status', () => {
  it('en: the consortium others reportedly put together stays a rumour between them', () => {
    const claims = claimsOf(
      'Pembrook Labs said it was "not in any way involved" in the consortium that Siemens is reportedly putting together with Enel.',
      'en',
      PUB,
    );
    expect(
      claims.filter((c) => c.kind === 'agreement').map((c) => [[...c.parties].sort(), c.status]),
    ).toEqual([[['Enel', 'Siemens'], 'rumour']]);
  });

  it('fr: « Safran a assuré ne pas être impliqué » leaves the rumoured alliance a rumour', () => {
    const claims = claimsOf(
      'Safran a assuré ne pas être impliqué dans l’alliance que Thales nouerait avec Dassault Aviation.',
      'fr',
      PUB,
    );
    expect(statusOf(claims, 'agreement', ['Thales', 'Dassault Aviation'])).toEqual(['rumour']);
    expect(find(claims, 'statement', ['Safran']).map((c) => c.status)).toEqual(['denied']);
  });

  it('counter-example: a party of the deal saying it is not involved denies it', () => {
    const claims = claimsOf(
      'Thales s’allierait avec Dassault Aviation, selon Les Echos. Thales assure pour sa part ne pas être concerné par ce rapprochement avec Dassault Aviation.',
      'fr',
      PUB,
    );
    expect(statusOf(claims, 'agreement', ['Thales', 'Dassault Aviation'])).toContain('denied');
  });

  it('en: putting together a consortium with X is a (rumoured) agreement', () => {
    const claims = claimsOf('Siemens is reportedly putting together a consortium with Enel.', 'en', PUB);
    expect(statusOf(claims, 'agreement', ['Siemens', 'Enel'])).toEqual(['rumour']);
  });
});

describe('a denial fronted as old background does not deny what the main clause tells', () => {
  const cases: [string, 'fr' | 'en'][] = [
    [
      'Démenti à l’automne 2025, le projet a finalement abouti : Vornelle et Castagne ont signé lundi les statuts de leur coentreprise.',
      'fr',
    ],
    ['Démenti en mars 2025, le rapprochement entre Vornelle et Castagne a été officialisé lundi.', 'fr'],
    [
      'Denied by both groups in 2024, the partnership between Vornelle and Castagne was signed on Monday.',
      'en',
    ],
  ];
  for (const [text, lang] of cases)
    it(text, () => {
      expect(statusOf(claimsOf(text, lang, PUB), 'agreement', ['Vornelle', 'Castagne'])).toEqual([
        'confirmed',
      ]);
    });

  it('counter-example: « n’a jamais vu le jour » denies the project', () => {
    const text = 'Démentie en 2025, l’alliance entre Vornelle et Castagne n’a jamais vu le jour.';
    expect(statusOf(claimsOf(text, 'fr', PUB), 'agreement', ['Vornelle', 'Castagne'])).toEqual(['denied']);
  });
});

describe('unknown names before "négocient", "expects its", "devrait ouvrir" are parties', () => {
  it('« Selon nos informations, X et Y négocient la fusion de leurs activités » is a rumoured agreement', () => {
    const text =
      'Selon nos informations, Brocéliane et Tarvel négocient la fusion de leurs activités de fret.';
    expect(statusOf(claimsOf(text, 'fr', PUB), 'agreement', ['Brocéliane', 'Tarvel'])).toEqual(['rumour']);
  });

  it('"X expects its offering to be available in 2028, the company said" is a confirmed launch', () => {
    const text =
      'Quorwell expects its sovereign cloud offering to be available in the second half of 2028, the company said.';
    const launches = claimsOf(text, 'en', PUB).filter((c) => c.kind === 'launch');
    expect(launches.map((c) => [c.parties, c.status])).toEqual([[['Quorwell'], 'confirmed']]);
  });

  it('« X devrait ouvrir sa plateforme aux industriels en mars 2028, a indiqué son président » is confirmed', () => {
    const text =
      'Ardoval devrait ouvrir sa plateforme de calcul aux industriels en mars 2028, a indiqué son président.';
    const launches = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'launch');
    expect(launches.map((c) => [c.parties, c.status])).toEqual([[['Ardoval'], 'confirmed']]);
  });

  it('counter-example: « selon des sources proches du dossier » keeps the same plan a rumour', () => {
    const text =
      'Ardoval devrait ouvrir sa plateforme de calcul aux industriels en mars 2028, selon des sources proches du dossier.';
    const launches = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'launch');
    expect(launches.map((c) => c.status)).toEqual(['rumour']);
  });

  it('counter-example: opening an office is no launch', () => {
    expect(claimsOf('Ardoval ouvre un bureau à Lyon.', 'fr', PUB)).toHaveLength(0);
  });
});

describe('talks with a counterpart over the sale of one’s own business: the counterpart buys, the seller is the target', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Interrogé, Morvel a démenti toute discussion avec Sopra Steria en vue de la cession de sa branche santé.',
      'fr',
      'denied',
    ],
    ['Selon Les Echos, Morvel négocie avec Sopra Steria la cession de sa filiale de paie.', 'fr', 'rumour'],
    [
      'Morvel is in talks with Sopra Steria over the sale of its payroll unit, people familiar with the matter said.',
      'en',
      'rumour',
    ],
    ['Morvel denied any talks with Sopra Steria about the sale of its payroll unit.', 'en', 'denied'],
  ];
  for (const [text, lang, status] of cases)
    it(`${lang}: ${status}`, () => {
      expect(statusOf(claimsOf(text, lang, PUB), 'acquisition', ['Sopra Steria', 'Morvel'])).toEqual([
        status,
      ]);
    });

  it('counter-example: talks about a partnership stay an agreement', () => {
    const claims = claimsOf('Morvel is in talks with Sopra Steria about a cloud partnership.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toHaveLength(0);
    expect(statusOf(claims, 'agreement', ['Morvel', 'Sopra Steria'])).toEqual(['rumour']);
  });
});

describe('"is said to have approached X" is a rumoured approach to buy X', () => {
  const cases = [
    'Microsoft is said to have approached Quenby, a Cork start-up that audits AI models.',
    'Microsoft is reported to have approached Quenby in recent weeks.',
    'Microsoft is understood to have approached Quenby.',
  ];
  for (const text of cases)
    it(text, () => {
      expect(statusOf(claimsOf(text, 'en', PUB), 'acquisition', ['Microsoft', 'Quenby'])).toEqual(['rumour']);
    });

  it('counter-example: approached about a partnership or about buying its output is no purchase', () => {
    for (const text of [
      'Microsoft is said to have approached Quenby about a distribution partnership.',
      'Microsoft is said to have approached Quenby Grid about buying power from its wind farm.',
    ])
      expect(claimsOf(text, 'en', PUB).filter((c) => c.kind === 'acquisition')).toHaveLength(0);
  });

  it('counter-example: a question headline word is no part of the name', () => {
    const claims = claimsOf(
      'Yes. Nokia said on Thursday it had completed the acquisition of Quenby, a radio test maker.',
      'en',
      PUB,
      'Did Quenby just sell to Nokia?',
    );
    expect(claims.every((c) => c.parties.every((p) => !p.startsWith('Did ')))).toBe(true);
  });
});

describe('the day a deal is announced does not date a launch told in the same sentence', () => {
  it('a dateline and "today announced" give the agreement, no dated launch', () => {
    const claims = claimsOf(
      'LYON, March 11, 2027 -- Quarrel Systems today announced a reseller agreement with OVHcloud, under which OVHcloud will offer its backup suite to customers across Europe.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toHaveLength(0);
    expect(statusOf(claims, 'agreement', ['Quarrel Systems', 'OVHcloud'])).toEqual(['confirmed']);
  });

  it('counter-example: an availability date of its own still dates the launch', () => {
    const claims = claimsOf(
      'Quarrel Systems today announced that its backup suite will be available in June.',
      'en',
      PUB,
    );
    expect(
      claims.filter((c) => c.kind === 'launch').map((c) => (c.kind === 'launch' ? c.eventDate : '')),
    ).toEqual(['2027-06']);
  });
});

describe('a deal given up or talks ended is denied, also for an unknown subject', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string[]][] = [
    [
      'Faute de financement, Orlande a renoncé au rachat de Pivelle Robotique.',
      'fr',
      'acquisition',
      ['Orlande', 'Pivelle Robotique'],
    ],
    [
      'Torvane and Atos have ended talks over a network-sharing deal, Torvane said on Tuesday.',
      'en',
      'agreement',
      ['Torvane', 'Atos'],
    ],
    ['Torvane ended talks with Atos over a cloud partnership.', 'en', 'agreement', ['Torvane', 'Atos']],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(text, () => {
      expect(statusOf(claimsOf(text, lang, PUB), kind, parties)).toEqual(['denied']);
    });

  it('counter-example: talks that go on stay a rumour', () => {
    const text =
      'Torvane and Atos have extended talks over a network-sharing deal, people familiar with the matter said.';
    expect(statusOf(claimsOf(text, 'en', PUB), 'agreement', ['Torvane', 'Atos'])).toEqual(['rumour']);
  });
});

describe('a label lost is a certification denied', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Quarrel Systems has been stripped of its PCI DSS certification after an audit.',
      'en',
      'Quarrel Systems',
    ],
    ['Corlan lost its ISO 27001 certificate after an audit.', 'en', 'Corlan'],
    ['Corlan a perdu sa qualification SecNumCloud après un audit de l’Anssi.', 'fr', 'Corlan'],
  ];
  for (const [text, lang, party] of cases)
    it(text, () => {
      const certs = claimsOf(text, lang, PUB).filter((c) => c.kind === 'certification');
      expect(certs.map((c) => [c.parties, c.status])).toEqual([[[party], 'denied']]);
    });

  it('counter-examples: a share fall or a lost customer is no label', () => {
    expect(claimsOf('Corlan lost its biggest customer last year.', 'en', PUB)).toHaveLength(0);
    const fr = claimsOf('Corlan a perdu 5 % en Bourse.', 'fr', PUB);
    expect(fr.filter((c) => c.kind === 'certification')).toHaveLength(0);
  });
});
