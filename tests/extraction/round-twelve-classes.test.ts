import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a tuning round on unseen corpora showed, written afresh with invented companies. */
const PUB = '2026-11-10'; // a Tuesday

describe('a correction note: what an earlier version said is no claim, unless a party denies it', () => {
  const denied: [string, 'fr' | 'en', string[]][] = [
    [
      'Korvane Défense a finalisé le rachat de Brumaire Optique. Une première version de cet article indiquait que Valtique Systèmes avait déposé une offre concurrente sur Brumaire Optique. Valtique Systèmes dément avoir fait une offre.',
      'fr',
      ['Valtique Systèmes', 'Brumaire Optique'],
    ],
    [
      'Halvard Marine has completed its purchase of Ostrel Sonar. An earlier version of this story said that Pemberly Dynamics had made a rival offer for Ostrel Sonar. Pemberly Dynamics says it made no offer for the company.',
      'en',
      ['Pemberly Dynamics', 'Ostrel Sonar'],
    ],
    [
      'Correction: this article previously stated that Quenby Foods had agreed to buy Larchmont Dairy. Quenby Foods denied any agreement with Larchmont Dairy.',
      'en',
      ['Quenby Foods', 'Larchmont Dairy'],
    ],
  ];
  for (const [text, lang, parties] of denied)
    it(`${parties.join(' / ')} (${lang}) is denied, with a deny statement`, () => {
      const claims = claimsOf(text, lang, PUB);
      const deals = find(claims, 'acquisition', parties);
      expect(deals.length).toBe(1);
      expect(deals[0]?.status).toBe('denied');
      const statement = find(claims, 'statement', [parties[0] as string])[0];
      expect(statement?.kind === 'statement' && statement.stance).toBe('deny');
    });

  const dropped: [string, 'fr' | 'en', string[]][] = [
    [
      'Rectificatif : une précédente version de cette dépêche attribuait par erreur le rachat de Pellerin Vins à Castagnède Holding. C’est la coopérative Vignes du Lot qui a racheté Pellerin Vins.',
      'fr',
      ['Castagnède Holding', 'Pellerin Vins'],
    ],
    [
      'Clarification: an earlier version of this article wrongly named Dunmore Retail as a partner of Greyfield Analytics in the loyalty scheme.',
      'en',
      ['Dunmore Retail', 'Greyfield Analytics'],
    ],
  ];
  for (const [text, lang, parties] of dropped)
    it(`nothing is claimed of ${parties.join(' / ')} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(claims.filter((c) => parties.every((p) => c.parties.includes(p)))).toEqual([]);
    });

  it('a corrected share move keeps the right figure only (en)', () => {
    const claims = claimsOf(
      'Update: an earlier version misstated the move; Tarrant Cables shares fell 4.6% on Monday, not 6.4%.',
      'en',
      PUB,
    );
    const moves = claims.filter((c) => c.kind === 'share_move');
    expect(moves.map((m) => (m.kind === 'share_move' ? m.percent : 0))).toEqual([4.6]);
  });
  it('a corrected share move keeps the right figure only (fr)', () => {
    const claims = claimsOf(
      "Rectificatif : l'action Sorbier Ciments a reculé de 3,8 % lundi, et non de 8,3 % comme nous l'avions écrit par erreur.",
      'fr',
      PUB,
    );
    const moves = claims.filter((c) => c.kind === 'share_move');
    expect(moves.map((m) => (m.kind === 'share_move' ? m.percent : 0))).toEqual([3.8]);
  });
  it('the wrong figure told by the earlier version is dropped', () => {
    const claims = claimsOf(
      'Une première version de cet article indiquait que l’action Sorbier Ciments avait reculé de 8,3 % lundi.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
  it('counter-example: an update that only adds news keeps it', () => {
    const claims = claimsOf(
      'Mise à jour : l’action Sorbier Ciments a clôturé en hausse de 2,1 % lundi.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move').length).toBe(1);
  });
});

describe('an old denial told as background denies nothing now', () => {
  it('a March denial before a September report (en)', () => {
    const claims = claimsOf(
      'Orsay Bank and Kitano Trust agreed on Thursday to merge their custody units in a joint venture. Orsay Bank had denied in March that it was in talks with any Asian lender; Bloomberg reported in July that the discussions with Kitano Trust had resumed.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.status === 'denied' && c.kind !== 'statement')).toEqual([]);
    expect(find(claims, 'agreement', ['Orsay Bank', 'Kitano Trust'])[0]?.status).toBe('confirmed');
  });
  it('« avait démenti en janvier » before a deal now signed (fr)', () => {
    const claims = claimsOf(
      'Maubert Transports a signé mardi un partenariat avec Fleurac Logistique. Maubert Transports avait démenti en janvier toute discussion avec Fleurac Logistique.',
      'fr',
      PUB,
    );
    const deals = find(claims, 'agreement', ['Maubert Transports', 'Fleurac Logistique']);
    expect(deals.map((d) => d.status)).toEqual(['confirmed']);
  });
  it('a deal done, then the denial it once had (en)', () => {
    const claims = claimsOf(
      'Brackwell Energy has bought Tollan Solar for €90m, a takeover which Brackwell Energy had denied last year.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Brackwell Energy', 'Tollan Solar'])[0]?.status).toBe('confirmed');
  });
  it('a deal done, then the denial it once had (fr)', () => {
    const claims = claimsOf(
      'Vernaison Chimie a finalisé le rachat de Lussac Polymères, une opération qu’il avait démentie en janvier.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Vernaison Chimie', 'Lussac Polymères'])[0]?.status).toBe(
      'confirmed',
    );
  });
  it('counter-example: a denial of this week still denies', () => {
    const claims = claimsOf('Orsay Bank denied on Monday that it was in talks with Kitano Trust.', 'en', PUB);
    expect(find(claims, 'agreement', ['Orsay Bank', 'Kitano Trust'])[0]?.status).toBe('denied');
  });
});

describe('a quoted first-person denial is the statement of the speaker the tag or the story names', () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      'La rumeur prêtait à Norvane Foods l’intention de racheter la Confiserie de Pléneuf. « Nous n’avons jamais été en discussion avec Norvane Foods et l’entreprise n’est pas à vendre », a tranché son président.',
      'fr',
      'Confiserie de Pléneuf',
      'Norvane Foods',
    ],
    [
      'Selon Les Echos, Dalbret Luxe lorgnerait la maison Sauveterre. Interrogé, le patron de la maison Sauveterre a été catégorique : « Nous ne sommes pas à vendre et nous n’avons eu aucun contact avec Dalbret Luxe. »',
      'fr',
      'Sauveterre',
      'Dalbret Luxe',
    ],
    [
      'Ashcombe Retail was said to be preparing a bid for Pellow Gardens. "We have never been in talks with Ashcombe Retail and we are not for sale," the chief executive of Pellow Gardens told reporters.',
      'en',
      'Pellow Gardens',
      'Ashcombe Retail',
    ],
    [
      'Tamsin Logistics is reportedly weighing a takeover of Brindle Freight. "We have had no discussions with Tamsin Logistics," its chief executive said on Tuesday.',
      'en',
      'Brindle Freight',
      'Tamsin Logistics',
    ],
  ];
  for (const [text, lang, speaker, other] of cases)
    it(`${speaker} denies (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      const statements = claims.filter((c) => c.kind === 'statement');
      expect(statements.map((s) => s.parties[0])).toEqual([speaker]);
      expect(statements[0]?.kind === 'statement' && statements[0].stance).toBe('deny');
      expect(find(claims, 'acquisition', [other, speaker])[0]?.status).toBe('denied');
    });
  it('counter-example: a third party quoted in its own tag speaks for itself', () => {
    const claims = claimsOf(
      'Ashcombe Retail was said to be preparing a bid for Pellow Gardens. "We have never held talks with Ashcombe Retail," said a spokesman for Marlow Seeds.',
      'en',
      PUB,
    );
    const speakers = claims.filter((c) => c.kind === 'statement').map((s) => s.parties[0]);
    expect(speakers).not.toContain('Pellow Gardens');
    expect(speakers).not.toContain('Ashcombe Retail');
  });
});

describe('a company named in an apposition is not the speaker of a no-comment', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Gorran Capital, Pellow Gardens’ largest shareholder with 28% of the shares, declined to comment.',
      'en',
      'Gorran Capital',
    ],
    [
      'Fenwick Partners, which owns 12% of Tarrant Cables, did not respond to a request for comment.',
      'en',
      'Fenwick Partners',
    ],
    [
      'Valdrôme Investissement, premier actionnaire de Sorbier Ciments avec 31 % du capital, n’a pas souhaité commenter.',
      'fr',
      'Valdrôme Investissement',
    ],
    [
      'Le fonds Corvelle, qui détient 20 % de Lussac Polymères depuis 2021, s’est refusé à tout commentaire.',
      'fr',
      'Corvelle',
    ],
  ];
  for (const [text, lang, speaker] of cases)
    it(`${speaker} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(claims.filter((c) => c.kind === 'statement').map((s) => s.parties)).toEqual([[speaker]]);
    });
  it('counter-example: companies listed together all decline', () => {
    const claims = claimsOf(
      'Harwick Capital, Pellow Gardens and Gorran Capital declined to comment.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement').length).toBe(3);
  });
});

describe('a subsidiary told through its parent, and public bodies named in words', () => {
  it('the parent in an apposition is no holder (en)', () => {
    const claims = claimsOf(
      'Scaleway, the hosting arm of French telecoms group Iliad, has obtained ISO 27001 certification from Bureau Veritas.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'certification').map((c) => c.parties)).toEqual([['Scaleway']]);
  });
  it('the parent in an apposition is no holder (fr)', () => {
    const claims = claimsOf(
      'Scaleway, la filiale cloud du groupe Iliad, a obtenu la qualification SecNumCloud auprès de l’Anssi.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'certification').map((c) => c.parties)).toEqual([['Scaleway']]);
  });
  it('an owner adjective stands for the subsidiary the article names', () => {
    const claims = claimsOf(
      'The Iliad-owned provider has signed a hosting agreement with Dassault Systèmes. Scaleway will open the service in 2027.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Scaleway', 'Dassault Systèmes']).length).toBe(1);
    expect(claims.some((c) => c.parties.includes('Iliad'))).toBe(false);
  });
  it('"bid for public-sector work" is no takeover', () => {
    const claims = claimsOf('Tarrant Cables can now bid for German public-sector contracts.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
  it('talks told with a verb are an agreement rumour (en, fr)', () => {
    const en = claimsOf(
      'Greyfield Analytics is understood to be talking to SAP about hosting its data.',
      'en',
      PUB,
    );
    expect(find(en, 'agreement', ['Greyfield Analytics', 'SAP'])[0]?.status).toBe('rumour');
    const fr = claimsOf(
      'Maubert Transports discuterait avec Fleurac Logistique d’une offre commune.',
      'fr',
      PUB,
    );
    expect(find(fr, 'agreement', ['Maubert Transports', 'Fleurac Logistique'])[0]?.status).toBe('rumour');
  });
  it('the rest of a public body’s name is no party', () => {
    const claims = claimsOf(
      'Greyfield Analytics has obtained a C5 attestation from the Federal Office for Information Security (BSI). Greyfield Analytics is reportedly in talks with Tarrant Cables about a data deal.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Information Security'))).toBe(false);
    expect(find(claims, 'agreement', ['Greyfield Analytics', 'Tarrant Cables']).length).toBe(1);
  });
});

describe('labels named in words next to their noun', () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    ['Pellow Gardens has been awarded B Corp certification by B Lab.', 'en', 'Pellow Gardens', 'B Corp'],
    [
      'Quenby Foods has been awarded Fair Trade certification by a Dutch auditor.',
      'en',
      'Quenby Foods',
      'Fair Trade',
    ],
    [
      'La maroquinerie Sauveterre a obtenu le label Entreprise du Patrimoine Vivant en juin.',
      'fr',
      'Sauveterre',
      'Entreprise du Patrimoine Vivant',
    ],
  ];
  for (const [text, lang, holder, label] of cases)
    it(`${label} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      const certs = claims.filter((c) => c.kind === 'certification');
      expect(certs.map((c) => [c.parties, c.kind === 'certification' && c.label])).toEqual([
        [[holder], label],
      ]);
    });
  it('counter-example: a hoped-for label is none', () => {
    const claims = claimsOf('Quenby Foods hopes to obtain B Corp certification next year.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'certification')).toEqual([]);
  });
});

describe('"the two sides" hedging an agreement on a rumoured takeover is that takeover', () => {
  it('en', () => {
    const claims = claimsOf(
      'Ashcombe Retail is in advanced talks to acquire Pellow Gardens, people familiar with the matter said. The two sides are said to be discussing the price, and an agreement could be reached within weeks.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
    expect(find(claims, 'acquisition', ['Ashcombe Retail', 'Pellow Gardens']).length).toBe(1);
  });
  it('counter-example: a signed agreement between buyer and target stays', () => {
    const claims = claimsOf(
      'Ashcombe Retail took a 10% stake in Pellow Gardens on Monday. The two companies also signed a distribution agreement.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Ashcombe Retail', 'Pellow Gardens']).length).toBe(1);
  });
});
