import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a tuning round on an unseen corpus (long daily-paper and wire articles) showed. */
const PUB = '2027-04-20'; // a Tuesday
const SATURDAY = '2027-04-24';

const moveDay = (claims: Claim[], company: string) => {
  const found = find(claims, 'share_move', [company]);
  expect(found.length).toBe(1);
  const move = found[0];
  return move?.kind === 'share_move' ? (move.eventDate ?? null) : 'not a move';
};

describe('a share move with no day word is of the publication day', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    ['Kelvane shares were down 4.2% at 1115 GMT after the group cut its outlook.', 'en', 'Kelvane'],
    ['Orange rose 1.9 per cent, while the wider market was flat.', 'en', 'Orange'],
    ["Le titre Capgemini progressait de 1,3 % après l'annonce du contrat.", 'fr', 'Capgemini'],
    ["L'action Thales a cédé 2,1 % à la clôture, dans un marché hésitant.", 'fr', 'Thales'],
    ['Sur Euronext Growth, Marvelis Bio reculait de 7,4 % en séance.', 'fr', 'Marvelis Bio'],
  ];
  for (const [text, lang, company] of cases)
    it(`${company} (${lang})`, () => {
      expect(moveDay(claimsOf(text, lang, PUB), company)).toBe(PUB);
    });

  it('a weekend article dates it on the Friday before', () => {
    expect(moveDay(claimsOf('Tesco shares gained 2.4% after the results.', 'en', SATURDAY), 'Tesco')).toBe(
      '2027-04-23',
    );
    expect(
      moveDay(claimsOf("L'action Sanofi a gagné 0,8 % après l'annonce.", 'fr', '2027-04-25'), 'Sanofi'),
    ).toBe('2027-04-23');
  });

  it('"on the same day", "le même jour" take the day the sentence before named', () => {
    const en = claimsOf(
      'The deal was announced after the market closed on Friday. Ravenmoor shares had risen 2.2 per cent during the day. Kestrel Media shares gained 1.5 per cent on the same day.',
      'en',
      PUB,
    );
    expect(moveDay(en, 'Ravenmoor')).toBe('2027-04-16');
    expect(moveDay(en, 'Kestrel Media')).toBe('2027-04-16');
    const fr = claimsOf(
      "L'accord a été dévoilé jeudi après la clôture. Le titre Atos avait gagné 3,2 % le même jour.",
      'fr',
      PUB,
    );
    expect(moveDay(fr, 'Atos')).toBe('2027-04-15');
  });

  it('counter-examples: a background move gets no day', () => {
    const cases: [string, 'fr' | 'en', string][] = [
      ["L'action Talmira avait perdu 71 % depuis son introduction en Bourse.", 'fr', 'Talmira'],
      ['Brintel shares had fallen 30% before the approach.', 'en', 'Brintel'],
      ['Orange shares fell 12% in 2025, when the group cut its dividend.', 'en', 'Orange'],
      ["Le titre Renault s'était envolé de 18 % l'an dernier.", 'fr', 'Renault'],
    ];
    for (const [text, lang, company] of cases) {
      const moves = find(claimsOf(text, lang, PUB), 'share_move', [company]);
      for (const m of moves) expect(m.kind === 'share_move' ? m.eventDate : 'x').toBeUndefined();
    }
  });

  it('a named day still wins, and a clause on reports after the figure keeps the day', () => {
    expect(moveDay(claimsOf('Ocado fell 3.1% on Monday.', 'en', PUB), 'Ocado')).toBe('2027-04-19');
    expect(
      moveDay(
        claimsOf(
          'Quillon Leisure jumped 11.2 per cent on reports that a buyer had approached it.',
          'en',
          PUB,
        ),
        'Quillon Leisure',
      ),
    ).toBe(PUB);
  });
});

const certs = (claims: Claim[]) =>
  claims.flatMap((c) =>
    c.kind === 'certification'
      ? [{ holder: c.parties.join('|'), label: c.label, issuer: c.issuer ?? null, status: c.status }]
      : [],
  );

describe('an obtained label in all its wordings, with the label as written', () => {
  const cases: [string, 'fr' | 'en', string, string, string | null][] = [
    [
      'Drayfield Pharma said its plant in Leeds had received a good distribution practice (GDP) certificate from the regulator in March.',
      'en',
      'Drayfield Pharma',
      'GDP',
      null,
    ],
    [
      'Nuvantis Cloud has obtained certification at the high level of the Italian national cloud security scheme (ACN), the company said.',
      'en',
      'Nuvantis Cloud',
      'ACN',
      null,
    ],
    [
      'Orsted said its new turbine design had received type certification from the classification society DNV.',
      'en',
      'Ørsted',
      'type certification',
      'DNV',
    ],
    [
      "Le spécialiste lillois de l'audit Kerbalys a obtenu la qualification de prestataire d'audit de la sécurité des systèmes d'information (PASSI) délivrée par l'ANSSI.",
      'fr',
      'Kerbalys',
      'PASSI',
      'ANSSI',
    ],
    [
      "Aérolis Moteurs a obtenu en mars l'agrément d'organisme de maintenance Part 145 de l'Agence européenne de la sécurité aérienne.",
      'fr',
      'Aérolis Moteurs',
      'Part 145',
      'EASA',
    ],
    [
      "Le motoriste Vélarion a reçu le certificat de type de l'EASA pour son moteur hybride.",
      'fr',
      'Vélarion',
      'certificat de type',
      'EASA',
    ],
  ];
  for (const [text, lang, holder, label, issuer] of cases)
    it(`${label} (${lang})`, () => {
      expect(certs(claimsOf(text, lang, PUB))).toEqual([{ holder, label, issuer, status: 'confirmed' }]);
    });

  it("the topic's own site or design holds the label", () => {
    const en = claimsOf(
      'Brannock Wind, a Scottish developer, said on Monday it had raised new funds. Its floating design received type certification from DNV this month.',
      'en',
      PUB,
    );
    expect(certs(en)).toEqual([
      { holder: 'Brannock Wind', label: 'type certification', issuer: 'DNV', status: 'confirmed' },
    ]);
    const fr = claimsOf(
      'Kyungdo Cells fournira les batteries. Les cellules seront importées de son usine de Cheongju, qui a obtenu en décembre la certification IATF 16949, condition posée par Ampere.',
      'fr',
      PUB,
    );
    expect(certs(fr).map((c) => c.holder)).toEqual(['Kyungdo Cells']);
  });

  it('counter-examples: an aspiration or an issuer acronym gives no label of its own', () => {
    expect(
      certs(
        claimsOf(
          'Nuvantis Cloud intends to seek certification under the planned EU scheme (EUCS).',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
    expect(
      certs(
        claimsOf(
          "Kerbalys espère obtenir la qualification de prestataire de réponse aux incidents (PRIS) d'ici à 2029.",
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
    const issuerOnly = certs(
      claimsOf(
        'Velmora Data obtained ISO 27001 certification from the National Standards Authority (NSA) in May.',
        'en',
        PUB,
      ),
    );
    expect(issuerOnly.map((c) => c.label)).toEqual(['ISO 27001']);
  });
});

describe('negated participation, the two partners, a confirmed negative', () => {
  it('a company said not to be part of the deal is no party, through two appositions', () => {
    const en = claimsOf(
      'Ericsson signed an agreement with Krailling Semiconductors. Nokia, Ericsson’s Finnish rival, which designs its chips with several partners, is not part of the agreement.',
      'en',
      PUB,
    );
    expect(en.filter((c) => c.parties.includes('Nokia'))).toEqual([]);
    const fr = claimsOf(
      "Atos, concurrent historique de Capgemini, qui travaille avec plusieurs partenaires, n'est pas associé à l'accord.",
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('"the two partners will sell" after a plant named before them is the partners\' launch', () => {
    const fr = claimsOf(
      "Engie et Hydralis ont annoncé la création d'une coentreprise. Sans attendre l'usine, les deux partenaires comptent commercialiser à partir de janvier 2029 une offre d'hydrogène.",
      'fr',
      PUB,
    );
    expect(find(fr, 'launch', ['Engie', 'Hydralis']).length).toBe(1);
    const en = claimsOf(
      'Orange and Thales have signed a partnership. Without waiting for the factory, the two partners plan to sell a joint cyber offer from March 2028.',
      'en',
      PUB,
    );
    expect(find(en, 'launch', ['Orange', 'Thales']).length).toBe(1);
  });

  it('counter-example: a plant of 100 megawatts entering service is no launch', () => {
    const fr = claimsOf(
      'La coentreprise prévoit de construire une première unité de 100 mégawatts, dont la mise en service est attendue en 2030.',
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  const stance = (claims: Claim[], who: string) =>
    find(claims, 'statement', [who]).map((c) => (c.kind === 'statement' ? c.stance : ''));
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      '"BAE Systems confirms that it is not considering an offer for Marrick Avionics," the group said.',
      'en',
      'BAE Systems',
      'Marrick Avionics',
    ],
    ['Airbus confirmed it was not in talks to buy Skyrise Avionics.', 'en', 'Airbus', 'Skyrise Avionics'],
    [
      "Thales a confirmé qu'il n'envisageait pas d'offre sur Vervloet Aerosystems.",
      'fr',
      'Thales',
      'Vervloet Aerosystems',
    ],
    ['Capgemini a confirmé ne pas vouloir racheter Kalyra.', 'fr', 'Capgemini', 'Kalyra'],
  ];
  for (const [text, lang, who, target] of cases)
    it(`a confirmed negative is a denial: ${who} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(stance(claims, who)).toEqual(['deny']);
      for (const c of find(claims, 'acquisition', [who, target])) expect(c.status).toBe('denied');
    });

  it('counter-example: a confirmed positive stays a confirmation', () => {
    const claims = claimsOf('Airbus confirmed it was in talks to buy Skyrise Avionics.', 'en', PUB);
    expect(stance(claims, 'Airbus')).toEqual(['confirm']);
  });
});

describe('short forms and descriptors with place names', () => {
  it('the leading humps of a camel-case name, and a number after its dot', () => {
    const en = claimsOf(
      'Kestrel and NordMediaSat.1, the Danish broadcaster, have agreed to form a joint venture. NordMedia shares gained 2.3 per cent on Friday.',
      'en',
      PUB,
    );
    expect(find(en, 'agreement', ['Kestrel', 'NordMediaSat.1']).length).toBe(1);
    expect(moveDay(en, 'NordMediaSat.1')).toBe('2027-04-16');
  });

  it('"la banque de la Défense" is a descriptor, never a company named Défense', () => {
    const fr = claimsOf(
      'Société Générale a choisi de développer sa propre solution. La banque de la Défense a par ailleurs démenti jeudi avoir conclu un partenariat avec la fintech nantaise Factoflash.',
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.parties.includes('Défense'))).toEqual([]);
    expect(find(fr, 'statement', ['Société Générale']).length).toBe(1);
    const other = claimsOf("L'assureur de la Part-Dieu a annoncé un partenariat avec Covéa.", 'fr', PUB);
    expect(other.filter((c) => c.parties.includes('Part-Dieu'))).toEqual([]);
  });

  it('a role with a "de la" complement right before a name introduces that name', () => {
    const fr = claimsOf(
      "Le spécialiste rennais de la détection d'intrusions Arvelis Cyber a obtenu la qualification PDIS, a annoncé la société.",
      'fr',
      PUB,
      "Le spécialiste de la détection d'intrusions s'allie à Inetum",
    );
    expect(certs(fr).map((c) => c.holder)).toEqual(['Arvelis Cyber']);
  });
});

describe('rivals named as the yardstick of a deal are no parties', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'ITV and Kestrel Media have agreed to form a joint venture, in an attempt to match the scale of Netflix and Amazon.',
      'en',
      ['ITV', 'Kestrel Media'],
    ],
    [
      'Airbus and Safran signed a partnership to compete with Boeing in drone engines.',
      'en',
      ['Airbus', 'Safran'],
    ],
    ['TF1 et M6 ont signé un partenariat pour rivaliser avec Netflix et Disney.', 'fr', ['TF1', 'M6']],
    [
      'Orange et Thales ont noué une alliance afin de concurrencer Amazon dans le cloud souverain.',
      'fr',
      ['Orange', 'Thales'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(`${parties.join(' + ')} (${lang})`, () => {
      const deals = claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement');
      expect(deals.map((d) => [...d.parties].sort())).toEqual([[...parties].sort()]);
    });

  it('counter-example: a deal with the rival itself keeps it', () => {
    const deals = claimsOf('Airbus signed a partnership with Boeing on sustainable fuels.', 'en', PUB).filter(
      (c) => c.kind === 'agreement',
    );
    expect(deals.map((d) => [...d.parties].sort())).toEqual([['Airbus', 'Boeing']]);
  });
});

describe('a deal a party is barred from, and a company speaking as "it"', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Under the takeover rules, the statement bars Halden Group from bidding for Corvane for six months.',
      'en',
      ['Halden Group', 'Corvane'],
    ],
    [
      'The ruling prevents Airbus from making an offer for Skyrise Avionics before June.',
      'en',
      ['Airbus', 'Skyrise Avionics'],
    ],
    [
      'Cette déclaration interdit à Thales de déposer une offre sur Vervloet Aerosystems pendant six mois.',
      'fr',
      ['Thales', 'Vervloet Aerosystems'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(`${parties.join(' / ')} (${lang})`, () => {
      for (const c of find(claimsOf(text, lang, PUB), 'acquisition', parties))
        expect(c.status).toBe('denied');
    });

  it('"it said … would be available" is the company\'s own plan', () => {
    const claims = claimsOf(
      'Marrick Avionics makes flight computers. In a trading update last week it said its new flight computer would be available to customers from 2029.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Marrick Avionics']).map((c) => c.status)).toEqual(['confirmed']);
  });

  it('counter-example: a launch a newspaper reports stays a rumour', () => {
    const claims = claimsOf(
      'Marrick Avionics makes flight computers. Its new flight computer would be available to customers from 2029, the Daily Ledger reported.',
      'en',
      PUB,
    );
    for (const c of find(claims, 'launch', ['Marrick Avionics'])) expect(c.status).toBe('rumour');
  });
});
