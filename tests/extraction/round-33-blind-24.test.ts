import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors round 33 (blind-24) showed, written afresh with invented companies. */
const PUB = '2029-03-08'; // a Thursday

describe('a company named after what it mines keeps that word in its name', () => {
  const cases: [string, string[]][] = [
    ['Rio Tinto said it had agreed to buy Tamberlyn Copper on Monday.', ['Rio Tinto', 'Tamberlyn Copper']],
    ['BHP has completed the acquisition of Orrindale Gold.', ['BHP', 'Orrindale Gold']],
    ['Shell agreed to buy Marsquay Oil from its founders.', ['Shell', 'Marsquay Oil']],
    ['Newmont agreed to acquire Vennacott Silver on Monday.', ['Newmont', 'Vennacott Silver']],
  ];
  for (const [text, parties] of cases)
    it(parties.join(' / '), () => {
      expect(find(claimsOf(text, 'en', PUB), 'acquisition', parties).length).toBe(1);
    });

  it('a short form later in the article takes the full name', () => {
    const claims = claimsOf(
      'Glencore agreed to buy Tamberlyn Copper on Monday. Shares in Tamberlyn fell 4% on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'share_move', ['Tamberlyn Copper']).length).toBe(1);
  });

  it('a commodity opening the sentence is still no company', () => {
    const claims = claimsOf('Copper rose 2% on Wednesday while gold slipped 0.4%.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
});

describe('a role noun opening the sentence is no part of the name after it', () => {
  const cases: [string, string][] = [
    ['Rival Halberd Clinics declined to comment.', 'Halberd Clinics'],
    ['Competitor Nordhaven Foods declined to comment.', 'Nordhaven Foods'],
    ['Peer Cassleby Retail declined to comment.', 'Cassleby Retail'],
    ['Client Barrowgate Logistics declined to comment.', 'Barrowgate Logistics'],
  ];
  for (const [text, name] of cases)
    it(name, () => {
      expect(find(claimsOf(text, 'en', PUB), 'statement', [name]).length).toBe(1);
    });
});

describe('a would-be buyer saying it is not preparing a bid denies the deal', () => {
  const denied: [string, string[]][] = [
    [
      'Glencore said on Wednesday it was not preparing an offer for Tamberlyn Copper.',
      ['Glencore', 'Tamberlyn Copper'],
    ],
    [
      'Vinci is not considering a bid for Larchmere Infrastructure, a spokesman said.',
      ['Vinci', 'Larchmere Infrastructure'],
    ],
    [
      "BHP said it wasn't weighing a fresh A$2 billion takeover offer for Arrowmere Gold.",
      ['BHP', 'Arrowmere Gold'],
    ],
  ];
  for (const [text, parties] of denied)
    it(parties.join(' / '), () => {
      const deals = find(claimsOf(text, 'en', PUB), 'acquisition', parties);
      expect(deals.length).toBe(1);
      expect(deals[0]?.status).toBe('denied');
    });

  it('a bid being prepared stays a rumour', () => {
    const deals = find(
      claimsOf('Tesco is preparing an offer for Ocado, people familiar with the matter said.', 'en', PUB),
      'acquisition',
      ['Tesco', 'Ocado'],
    );
    expect(deals[0]?.status).toBe('rumour');
  });
});

describe('« X, à Ville, » : the town between commas is no company, the name before it moves', () => {
  const cases: [string, string, number][] = [
    [
      'L’équipementier Sérvanne Industrie, à Montbéliard, a chuté de 7,5 % mercredi.',
      'Sérvanne Industrie',
      7.5,
    ],
    ['Les Lunetteries Vauchère, à Morez, ont pris 4,9 % mardi.', 'Lunetteries Vauchère', 4.9],
    ['Le fabricant Corlanne Textiles, à Roanne, a gagné 3,2 % lundi.', 'Corlanne Textiles', 3.2],
  ];
  for (const [text, name, percent] of cases)
    it(name, () => {
      const moves = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'share_move');
      expect(moves.map((c) => c.parties)).toEqual([[name]]);
      expect(moves[0]?.kind === 'share_move' && moves[0].percent).toBe(percent);
    });

  it('names listed after the same « à » stay companies', () => {
    const claims = claimsOf(
      'Vallorge Industrie a cédé ses usines à Renault, à Stellantis et à Volvo.',
      'fr',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Stellantis'))).toBe(true);
  });
});

describe('a sentence whose subject is the topic’s descriptor keeps the topic', () => {
  it('« le studio avait éconduit X. Il a obtenu … »: the studio holds the label', () => {
    const claims = claimsOf(
      'Pixanelle signe avec Ubisoft. En 2027, le studio avait même éconduit Tencent. Il a obtenu en février la certification B Corp.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Pixanelle']).length).toBe(1);
    expect(find(claims, 'certification', ['Tencent'])).toEqual([]);
  });

  it('« l’entreprise a signé avec X. Elle a obtenu … »', () => {
    const claims = claimsOf(
      'Brenolis Énergie lève 20 millions d’euros. L’entreprise a signé en 2027 un contrat avec Engie. Elle a obtenu en mars la certification ISO 50001.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Brenolis Énergie']).length).toBe(1);
  });

  it('« le groupe de luxe X a signé … Il a obtenu … »: a name right after its descriptor is the new topic', () => {
    const claims = claimsOf(
      'Brenolis Énergie lève 20 millions d’euros. Le groupe de luxe Kestrane a signé un accord avec Vinci en 2027. Il a obtenu en mars la certification ISO 50001.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Kestrane']).length).toBe(1);
  });
});

describe('a capitalised trade title after its article is part of the company name', () => {
  it('« contrôle la Maison X » then « X » alone', () => {
    const claims = claimsOf(
      'La famille Ducros contrôle la Maison Verlaine depuis 1931. Verlaine a obtenu en janvier la certification ISO 14001.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Maison Verlaine']).length).toBe(1);
  });

  it('« avec le Groupe X »', () => {
    const claims = claimsOf('Eiffage a signé un accord avec le Groupe Sorbelin pour trois ans.', 'fr', PUB);
    expect(find(claims, 'agreement', ['Eiffage', 'Groupe Sorbelin']).length).toBe(1);
  });

  it('« la Maison Blanche » is no company', () => {
    const claims = claimsOf('La Maison Blanche a salué l’accord signé entre Airbus et Boeing.', 'fr', PUB);
    expect(claims.some((c) => c.parties.some((p) => p.includes('Maison')))).toBe(false);
  });
});

describe('a place-based modifier between a party slot and the name leaves the slot to the name', () => {
  const cases: [string, string[]][] = [
    [
      'Saint-Gobain agreed on Tuesday to buy Ohio-based Tallowford Insulation for $1.2 billion from Ostrowe Capital.',
      ['Saint-Gobain', 'Tallowford Insulation'],
    ],
    ['Danone agreed to acquire Oslo-based Fjordlyn Dairy.', ['Danone', 'Fjordlyn Dairy']],
    ['Heineken has completed its purchase of Texas-based Merrowind.', ['Heineken', 'Merrowind']],
  ];
  for (const [text, parties] of cases)
    it(parties.join(' / '), () => {
      const claims = claimsOf(text, 'en', PUB).filter((c) => c.kind === 'acquisition');
      expect(claims.map((c) => [...c.parties].sort())).toEqual([[...parties].sort()]);
    });

  it('a place-based person is still no party', () => {
    const claims = claimsOf('A Lyon-based analyst said the market rose on Monday.', 'en', PUB);
    expect(claims).toEqual([]);
  });
});
