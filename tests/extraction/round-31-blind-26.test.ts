import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors the blind-26 round showed, written afresh with invented companies. */
const PUB = '2027-10-08'; // a Friday

function partiesOf(claims: Claim[]): string[] {
  return claims.flatMap((c) => c.parties);
}

describe('a full name in apposition with an officer title is a person, not a company', () => {
  const cases: [string, 'fr' | 'en', string, string, string?][] = [
    [
      'Anaïs Trégarec, directrice générale de Kerlouan Cyber, a annoncé jeudi un accord de distribution avec Sopra Steria.',
      'fr',
      'Anaïs Trégarec',
      'Sopra Steria',
      'Entretien avec Anaïs Trégarec, PDG de Kerlouan Cyber',
    ],
    [
      'Solenne Varech, présidente de Morlaix Robotique, a signé jeudi un partenariat avec Thales.',
      'fr',
      'Solenne Varech',
      'Thales',
    ],
    [
      'Tamsin Holloway, chief executive of Brackley Sensors, said the company had signed a licensing agreement with Siemens.',
      'en',
      'Tamsin Holloway',
      'Siemens',
    ],
    [
      'Its co-founder, Idris Penhale, said Brackley Sensors had signed a supply deal with Bosch.',
      'en',
      'Idris Penhale',
      'Bosch',
    ],
  ];
  for (const [text, lang, person, partner, title] of cases)
    it(`${person} (${lang}) is no party; the deal with ${partner} is found`, () => {
      const claims = claimsOf(text, lang, PUB, title);
      expect(partiesOf(claims)).not.toContain(person);
      expect(claims.some((c) => c.kind === 'agreement' && c.parties.includes(partner))).toBe(true);
    });

  it('a company described by an apposition that is no officer title stays a company', () => {
    const claims = claimsOf(
      'Brackley Sensors, a maker of lidar chips, has signed a licensing agreement with Siemens.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Brackley Sensors', 'Siemens']).length).toBe(1);
  });
});

describe('share moves: small-gain verbs, erased moves and days inside a relative clause', () => {
  it('« a grappillé », « a grignoté » give a move for a company the registry does not know', () => {
    const claims = claimsOf(
      'Vendredi, Kervalis a grignoté 0,4 % et Ambrel a encore grappillé 1,5 %.',
      'fr',
      PUB,
    );
    expect(find(claims, 'share_move', ['Kervalis'])[0]).toMatchObject({ percent: 0.4, direction: 'up' });
    expect(find(claims, 'share_move', ['Ambrel'])[0]).toMatchObject({ percent: 1.5, direction: 'up' });
  });

  const erased: [string, 'fr' | 'en'][] = [
    [
      "L'action Okaline a perdu 7,9 % mardi, effaçant une bonne partie du gain de 9,4 % enregistré vendredi. Le titre Renault a fini en hausse de 0,6 %.",
      'fr',
    ],
    [
      'Okaline shares fell 7.9% on Tuesday, erasing most of the 9.4% gain they made on Friday. Renault closed 0.6% higher.',
      'en',
    ],
    [
      'Okaline shares fell 7.9% on Tuesday, wiping out the 9.4% gain of Friday. Renault closed 0.6% higher.',
      'en',
    ],
  ];
  for (const [text, lang] of erased)
    it(`a dayless move after an erased earlier one takes the main move's day (${lang})`, () => {
      const claims = claimsOf(text, lang, '2027-10-06');
      expect(find(claims, 'share_move', ['Renault'])[0]).toMatchObject({ eventDate: '2027-10-05' });
      const okaline = find(claims, 'share_move', ['Okaline']);
      expect(okaline.find((c) => c.kind === 'share_move' && c.percent === 7.9)).toMatchObject({
        eventDate: '2027-10-05',
      });
    });

  const relative: [string, 'fr' | 'en'][] = [
    [
      'Célestine a pris 2,2 % vendredi. Marteville, qui a dévoilé jeudi son alliance avec Safran, a encore gagné 1,5 %.',
      'fr',
    ],
    [
      'Celestine rose 2.2% on Friday. Marteville, which unveiled its alliance with Safran on Thursday, added 1.5%.',
      'en',
    ],
  ];
  for (const [text, lang] of relative)
    it(`a day inside the relative clause dates that clause's event, not the move (${lang})`, () => {
      const claims = claimsOf(text, lang, '2027-10-09');
      expect(find(claims, 'share_move', ['Marteville'])[0]).toMatchObject({ eventDate: '2027-10-08' });
      expect(find(claims, 'agreement', ['Marteville', 'Safran']).length).toBe(1);
    });

  it('the relative clause may still date the move when the move names its own day', () => {
    const claims = claimsOf(
      'Marteville, which unveiled its alliance with Safran on Thursday, added 1.5% on Friday.',
      'en',
      '2027-10-09',
    );
    expect(find(claims, 'share_move', ['Marteville'])[0]).toMatchObject({ eventDate: '2027-10-08' });
  });

  it('a blocking word inside a market name ("Euronext Growth") does not hide the move', () => {
    const en = claimsOf('Shares in Corbenic, listed on Euronext Growth, surged 11.2% on Tuesday.', 'en', PUB);
    expect(find(en, 'share_move', ['Corbenic'])[0]).toMatchObject({ percent: 11.2, direction: 'up' });
    const growth = claimsOf('Revenue at Corbenic grew 11.2% in the third quarter.', 'en', PUB);
    expect(growth.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
});

describe('refusing to say more is a no-comment statement', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Halvern Optics, whose founder spoke of constant talks, declined to add anything.',
      'en',
      'Halvern Optics',
    ],
    ['Asked about the report, Thales would not say more.', 'en', 'Thales'],
    ['Interrogée, Brassac Industries n’a pas souhaité en dire plus.', 'fr', 'Brassac Industries'],
    ['Contacté, Safran n’a rien voulu ajouter.', 'fr', 'Safran'],
  ];
  for (const [text, lang, speaker] of cases)
    it(`${speaker} (${lang})`, () => {
      const s = find(claimsOf(text, lang, PUB), 'statement', [speaker])[0];
      expect(s).toMatchObject({ stance: 'no_comment', status: 'rumour' });
    });
  it('adding something is no refusal', () => {
    const claims = claimsOf(
      'Halvern Optics added that it had more to say on the matter next week.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement')).toEqual([]);
  });
});

describe('labels: Common Criteria levels and revisions', () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      'Selwick Secure has obtained Common Criteria EAL4+ certification for its firewall.',
      'en',
      'Selwick Secure',
      'Common Criteria EAL4+',
    ],
    [
      'Paris-based Sécurnal said on Wednesday it had obtained a Common Criteria EAL2 certificate from ANSSI.',
      'en',
      'Sécurnal',
      'Common Criteria EAL2',
    ],
    [
      'Vérane Systèmes a obtenu la certification Critères communs EAL5 pour son boîtier.',
      'fr',
      'Vérane Systèmes',
      'Common Criteria EAL5',
    ],
    [
      'Trevanna Photonics recently received AS9100 Rev D certification for its wafer plant.',
      'en',
      'Trevanna Photonics',
      'AS9100',
    ],
    [
      'Trevanna Photonics has received EN 9100:2018 certification for its plant.',
      'en',
      'Trevanna Photonics',
      'EN 9100',
    ],
  ];
  for (const [text, lang, holder, label] of cases)
    it(`${holder}: ${label} (${lang})`, () => {
      const c = find(claimsOf(text, lang, PUB), 'certification', [holder])[0];
      expect(c).toMatchObject({ label, status: 'confirmed' });
    });
});

describe('a country possessive between a slot word and a name', () => {
  const cases: [string, string[], Claim['kind']][] = [
    [
      'Stellantis has signed a supply contract with China’s Quanlong Cells.',
      ['Stellantis', 'Quanlong Cells'],
      'agreement',
    ],
    ['Renault has signed a contract with Germany’s Varnholt.', ['Renault', 'Varnholt'], 'agreement'],
    ['Renault agreed to buy Spain’s Ondalia for €30m.', ['Renault', 'Ondalia'], 'acquisition'],
  ];
  for (const [text, parties, kind] of cases)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, 'en', PUB), kind, parties).length).toBe(1);
    });
  it('a country alone after the possessive is no party', () => {
    const claims = claimsOf('Renault signed a deal with China’s government.', 'en', PUB);
    expect(partiesOf(claims)).not.toContain('China');
  });
});

describe('a deal told after another in the same sentence ("…, after Stellantis announced that it had signed …")', () => {
  it('two deals, each with its own parties', () => {
    const claims = claimsOf(
      'Brenvale Batteries said on Monday it would contest Stellantis’ decision to end their supply agreement, after Stellantis announced on Friday that it had signed a contract with China’s Hanjin Cells instead.',
      'en',
      '2027-10-11',
    );
    expect(find(claims, 'agreement', ['Stellantis', 'Hanjin Cells']).length).toBe(1);
    expect(find(claims, 'agreement', ['Brenvale Batteries', 'Stellantis', 'Hanjin Cells'])).toEqual([]);
    expect(find(claims, 'agreement', ['Brenvale Batteries', 'Stellantis']).length).toBe(1);
  });
  it('a move explained by a deal: the deal is that of the clause after "after"', () => {
    const claims = claimsOf(
      'Stallbridge shares fell 4.4% after Britain’s Ministry of Defence extended its support contract with BAE Systems for five years.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Ministry of Defence', 'BAE Systems']).length).toBe(1);
    expect(claims.filter((c) => c.kind === 'agreement' && c.parties.includes('Stallbridge'))).toEqual([]);
  });
  it('an anaphoric object keeps the company before "after"', () => {
    const claims = claimsOf(
      'Veltris shares jumped 12% after Airbus signed a supply agreement with the company.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Veltris', 'Airbus']).length).toBe(1);
  });
});

describe('consortia: their creation is an agreement of the members; the buyer of the tender is not one', () => {
  const cases: [string, 'fr' | 'en', string[], string?][] = [
    [
      'Marvoise, Safran et Ferrandel Systèmes ont annoncé jeudi la constitution du consortium Tramazur, qui a déposé une offre commune.',
      'fr',
      ['Marvoise', 'Safran', 'Ferrandel Systèmes'],
      'Tramazur',
    ],
    [
      "Vélanor et Briséis Rail constituent un consortium pour répondre à l'appel d'offres de la SNCF.",
      'fr',
      ['Vélanor', 'Briséis Rail'],
    ],
    [
      'Vélanor, Briseis Rail and Thales have formed a consortium called Aquilon.',
      'en',
      ['Vélanor', 'Briseis Rail', 'Thales'],
      'Aquilon',
    ],
    [
      'Vélanor and Briseis Rail announced the creation of a consortium to bid for the tender.',
      'en',
      ['Vélanor', 'Briseis Rail'],
    ],
  ];
  for (const [text, lang, parties, alliance] of cases)
    it(`${parties.join(' / ')} (${lang})`, () => {
      const deals = find(claimsOf(text, lang, PUB), 'agreement', parties);
      expect(deals.length).toBe(1);
      if (alliance !== undefined) expect(deals[0]).toMatchObject({ alliance });
    });
});

describe('public buyers are parties of the contracts they award or sign', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      "France's Direction générale de l'armement (DGA) has awarded a framework contract for drones to Tarnelle Aviation, the agency said on Tuesday.",
      'en',
      ["Direction générale de l'armement", 'Tarnelle Aviation'],
    ],
    [
      "Hensoldt confirmed that it had signed a framework agreement with Germany's federal procurement office, BAAINBw, for radars.",
      'en',
      ['Hensoldt', 'BAAINBw'],
    ],
    [
      'Le ministère des Armées a signé avec Naval Group un contrat de maintenance de dix ans.',
      'fr',
      ['ministère des Armées', 'Naval Group'],
    ],
    [
      'Network Rail has awarded Vélanor Industries a five-year maintenance contract.',
      'en',
      ['Network Rail', 'Vélanor Industries'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(`${parties.join(' / ')} (${lang})`, () => {
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties).length).toBe(1);
    });

  it('"the ministry", "le ministère" alone name nobody', () => {
    const claims = claimsOf(
      'The ministry said it would review the contract with BAE Systems next year.',
      'en',
      PUB,
    );
    expect(partiesOf(claims).some((p) => /ministry/iu.test(p))).toBe(false);
  });
  it('a company that only hoped for the contract is no party', () => {
    const claims = claimsOf(
      'The Ministry of Defence extended its support contract with BAE Systems for five years rather than putting it out to tender, as Stallbridge had hoped.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Ministry of Defence', 'BAE Systems']).length).toBe(1);
    expect(partiesOf(claims)).not.toContain('Stallbridge');
  });
  it('an award of a prize or a bonus is no contract', () => {
    expect(claimsOf('The board awarded its chief executive a bonus of £2m.', 'en', PUB)).toEqual([]);
  });
});

describe('route ends and model numbers are no companies', () => {
  it('the ends of a shuttle route are places', () => {
    const claims = claimsOf(
      "Navelle's shuttles will carry passengers between Part-Dieu and Gerland from September 2028. Navelle has signed a licensing agreement with Nvidia to use the US chipmaker's Drive platform.",
      'en',
      PUB,
    );
    expect(partiesOf(claims)).not.toContain('Gerland');
    expect(find(claims, 'agreement', ['Navelle', 'Nvidia']).length).toBe(1);
  });
  it('a launcher named by its model number is a product', () => {
    const claims = claimsOf(
      'Aldwick Orbital has signed a multi-launch agreement with Arianespace covering three Ariane 6 flights from 2028.',
      'en',
      PUB,
      'Aldwick Orbital books Ariane 6 launches',
    );
    expect(find(claims, 'agreement', ['Aldwick Orbital', 'Arianespace']).length).toBe(1);
  });
  it('a name ending in a number before "shares" is still the listed company', () => {
    const claims = claimsOf('Kanal 9 shares fell 1.2% in Frankfurt on Thursday.', 'en', PUB);
    expect(find(claims, 'share_move', ['Kanal 9']).length).toBe(1);
  });
});

describe('more public buyers, and what names none', () => {
  it('a body named by its defence portfolio signs contracts', () => {
    const claims = claimsOf(
      'The Office of Defence extended its support contract with Leonardo for five years.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Office of Defence', 'Leonardo']).length).toBe(1);
  });
  it('a general directorate awards a contract; a shareholders’ general meeting is no body', () => {
    const dga = claimsOf(
      'La Délégation générale à l’armement a attribué à Tarnelle Aviation un contrat de sept ans.',
      'fr',
      PUB,
    );
    expect(find(dga, 'agreement', ['Délégation générale à l’armement', 'Tarnelle Aviation']).length).toBe(1);
    const meeting = claimsOf(
      'L’Assemblée générale des actionnaires a approuvé le partenariat entre Tarnelle Aviation et Safran.',
      'fr',
      PUB,
    );
    expect(partiesOf(meeting).some((p) => p.startsWith('Assembl'))).toBe(false);
  });
  it('a secretary of defense is a person', () => {
    const claims = claimsOf(
      'The Secretary of Defense said Leonardo had signed a contract with Thales.',
      'en',
      PUB,
    );
    expect(partiesOf(claims).some((p) => p.startsWith('Secretary'))).toBe(false);
  });
  it('"NATO customers", "EU member states": a name qualifying customers is no party', () => {
    const claims = claimsOf(
      'Paris-based Sécurnal obtained an ISO 27001 certificate. The company said it would make the gateway available to NATO customers from January 2028.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Sécurnal'])[0]).toMatchObject({ eventDate: '2028-01' });
    expect(partiesOf(claims)).not.toContain('NATO');
  });
});

describe('« la cession de X à Y »: the company sold, then its buyer', () => {
  const cases: [string, string[], Claim['status']][] = [
    [
      '« Il n’y a aucun projet de cession de Fournelle Équipements à Forvia », a-t-il assuré.',
      ['Forvia', 'Fournelle Équipements'],
      'denied',
    ],
    [
      'La vente de Marquise Textiles au fonds Ardian a été finalisée lundi.',
      ['Ardian', 'Marquise Textiles'],
      'confirmed',
    ],
  ];
  for (const [text, parties, status] of cases)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, 'fr', PUB), 'acquisition', parties)[0]).toMatchObject({ status });
    });
  it('a sale of goods, a sale that brings money to a company: no acquisition', () => {
    expect(claimsOf('La vente de voitures électriques à des particuliers a progressé.', 'fr', PUB)).toEqual(
      [],
    );
    const claims = claimsOf(
      '« La cession de Cryptelis rapporterait à Atos l’équivalent de 8 % de sa dette. »',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('descriptors', () => {
  it('« l’opérateur au carré rouge » is SFR', () => {
    const claims = claimsOf(
      'Corlenne Télécom a signé avec SFR un accord de commercialisation. L’opérateur au carré rouge proposera ses offres fibre à partir de janvier 2028.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['SFR'])[0]).toMatchObject({ eventDate: '2028-01' });
  });
  it('a role with a nationality stands for the company of that country named before it in the sentence', () => {
    const claims = claimsOf(
      'Brandel Logistics has been owned by the fund Harwick Capital since 2024. Brandel Logistics, which until June ran warehouses for Carrefour under a three-year agreement that the French retailer chose not to renew, now works for Tesco.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Brandel Logistics', 'Carrefour']).length).toBe(1);
    expect(claims.filter((c) => c.kind === 'agreement' && c.parties.includes('Harwick Capital'))).toEqual([]);
  });
});

describe('an approach reported, then denied by the target in an interview', () => {
  it('"there were reports in the summer that …" is a rumour; "we have had no approach from …" denies it', () => {
    const rumour = claimsOf(
      'There were reports in the summer that Halbrook Capital was circling Penmarric Foods.',
      'en',
      PUB,
    );
    expect(find(rumour, 'acquisition', ['Halbrook Capital', 'Penmarric Foods'])[0]).toMatchObject({
      status: 'rumour',
    });
    const denied = claimsOf('Penmarric Foods said it had had no approach from Halbrook Capital.', 'en', PUB);
    expect(find(denied, 'acquisition', ['Halbrook Capital', 'Penmarric Foods'])[0]).toMatchObject({
      status: 'denied',
    });
  });
  it('an approach received is still an approach', () => {
    const claims = claimsOf(
      'Penmarric Foods said it had received an approach from Halbrook Capital.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Halbrook Capital', 'Penmarric Foods'])[0]).toMatchObject({
      status: 'confirmed',
    });
  });

  const interview = [
    '« Nous ne sommes pas à vendre » : entretien avec Lénaïg Kervarec, PDG de Pennarun Cyber',
    'Fondée en 2018 à Rennes, Pennarun Cyber édite une plateforme de détection. Sa présidente, Lénaïg Kervarec, détaille sa stratégie.',
    '',
    'Vous avez signé un partenariat avec Sopra Steria. En quoi consiste-t-il ?',
    '',
    'Lénaïg Kervarec : Nous avons signé un accord de distribution avec Sopra Steria.',
    '',
    'Plusieurs médias ont évoqué un intérêt de Google pour Pennarun. Qu’en est-il ?',
    '',
    'Lénaïg Kervarec : Je le dis clairement : il n’y a jamais eu de discussion avec Google sur un rachat. Nous ne sommes pas à vendre.',
  ];
  it('the interviewee, not the partner of the last deal, denies (fr)', () => {
    const [title, ...body] = interview;
    const claims = claimsOf(body.join('\n'), 'fr', PUB, title);
    const statements = claims.filter((c) => c.kind === 'statement' && c.stance === 'deny');
    expect(statements.map((c) => c.parties[0])).toEqual(['Pennarun Cyber']);
    expect(find(claims, 'acquisition', ['Google', 'Pennarun Cyber'])[0]).toMatchObject({ status: 'denied' });
  });
});

describe('putting craft into orbit is no launch of an offer', () => {
  const traps: [string, 'fr' | 'en'][] = [
    [
      'Pour Célestine, l’accord tombe à point : la société doit lancer l’an prochain six satellites de deuxième génération.',
      'fr',
    ],
    ['Aldwick Orbital will launch six satellites in March 2028.', 'en'],
    ['Aldwick Orbital plans to launch its first two probes in 2029.', 'en'],
  ];
  for (const [text, lang] of traps)
    it(`${text.slice(0, 50)}… (${lang})`, () => {
      expect(claimsOf(text, lang, PUB).filter((c) => c.kind === 'launch')).toEqual([]);
    });
  const offers: [string, 'fr' | 'en', string][] = [
    [
      'Célestine lancera en mars 2028 son offre de connectivité par satellite pour les entreprises.',
      'fr',
      'Célestine',
    ],
    ['Aldwick Orbital will launch a satellite broadband service in March 2028.', 'en', 'Aldwick Orbital'],
  ];
  for (const [text, lang, party] of offers)
    it(`a satellite offer is still launched (${lang})`, () => {
      expect(find(claimsOf(text, lang, PUB), 'launch', [party])[0]).toMatchObject({ eventDate: '2028-03' });
    });
});
