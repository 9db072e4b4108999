import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Classes phrasebook-4 showed (pair anaphors, statement wordings, passive agents, background moves), invented afresh. */
const PUB = '2027-03-11'; // a Thursday

const brief = (claims: Claim[]) =>
  claims.map((c) => `${c.kind} ${[...c.parties].sort().join('+')} ${c.status}`).sort();

describe('two unknown names that the next sentence counts as "the two companies" are companies', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Bravonne et Ketterol travaillent ensemble depuis dix ans. Les deux groupes ont signé mardi un contrat de fourniture de moteurs.',
      'fr',
      ['Bravonne', 'Ketterol'],
    ],
    [
      'Après deux ans d’essais, Pelvigne et Saurac ont officialisé mercredi leur rapprochement dans le froid industriel. Les deux partenaires créent une filiale commune.',
      'fr',
      ['Pelvigne', 'Saurac'],
    ],
    [
      'Hollerby and Trancombe have shared a test site since 2024. On Tuesday the two companies signed a supply agreement for hydrogen valves.',
      'en',
      ['Hollerby', 'Trancombe'],
    ],
    [
      'Quenstow and Ardleigh said on Wednesday that the two companies would pool their freight businesses in a joint venture.',
      'en',
      ['Quenstow', 'Ardleigh'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(parties.join(' + '), () => {
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties)).toHaveLength(1);
    });

  it('no pair anaphor: two capitalised words joined by "et" stay unknown', () => {
    const text = 'Bravonne et Ketterol travaillent ensemble depuis dix ans. Le marché reste difficile.';
    expect(claimsOf(text, 'fr', PUB)).toEqual([]);
  });
});

describe('statement wordings: evasive answers, denials and their speakers', () => {
  it('"Neither company immediately responded": one no-comment per side', () => {
    const text =
      'Dunholm is in talks to sell its bakery arm to Corriston, two people familiar with the matter said. Neither company immediately responded to requests for comment.';
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'statement', ['Dunholm'])[0]).toMatchObject({ stance: 'no_comment' });
    expect(find(claims, 'statement', ['Corriston'])[0]).toMatchObject({ stance: 'no_comment' });
  });

  it('"referred questions to X, which did not return calls": two no-comments', () => {
    const text =
      'Nvidia is said to be in talks to license Farrowdale’s cooling design. An Nvidia spokesperson referred questions to Farrowdale, which did not return calls.';
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'statement', ['Nvidia'])[0]).toMatchObject({ stance: 'no_comment' });
    expect(find(claims, 'statement', ['Farrowdale'])[0]).toMatchObject({ stance: 'no_comment' });
  });

  it('« une offre de X, qui s’est pour sa part refusé à tout commentaire »: the relative names the speaker', () => {
    const text =
      'Orange discuterait avec Capgemini d’un partenariat. Capgemini, qui s’est pour sa part refusé à tout commentaire, n’a pas démenti.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'statement', ['Capgemini'])[0]).toMatchObject({ stance: 'no_comment' });
  });

  it('« Chez X comme chez Y, on se refuse à tout commentaire »: both speak', () => {
    const text =
      'Morvelle et Tasquin discuteraient d’une fusion de leurs activités de logistique. Chez Morvelle comme chez Tasquin, on se refuse à tout commentaire.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'agreement', ['Morvelle', 'Tasquin'])[0]?.status).toBe('rumour');
    expect(find(claims, 'statement', ['Morvelle'])[0]).toMatchObject({ stance: 'no_comment' });
    expect(find(claims, 'statement', ['Tasquin'])[0]).toMatchObject({ stance: 'no_comment' });
  });

  it('« s’est refusé à confirmer comme à démentir » is no denial', () => {
    const text =
      'Verlaine Industrie pourrait racheter Capgemini, selon Les Echos. Contacté, Capgemini s’est refusé à confirmer comme à démentir.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'statement', ['Capgemini'])[0]).toMatchObject({ stance: 'no_comment' });
    expect(claims.some((c) => c.status === 'denied')).toBe(false);
  });

  const denials: [string, 'fr' | 'en', string][] = [
    [
      'Ambleside dismissed as speculation a report in the Financial Times that it was preparing a bid for Renault.',
      'en',
      'Ambleside',
    ],
    [
      '"There is no truth to the suggestion that we are merging with Oracle," a spokesperson for Kelvedon Software said.',
      'en',
      'Kelvedon Software',
    ],
    [
      'Tregony said on Monday it had not received any approach from Safran, after a report in the Sunday Times.',
      'en',
      'Tregony',
    ],
    [
      '« Il n’y a pas un mot de vrai dans cette histoire », a réagi le directeur général de Capgemini.',
      'fr',
      'Capgemini',
    ],
    [
      'Orange et Lormière s’allieraient dans la fibre, selon Les Echos. Engie, parfois cité, assure de son côté ne pas être partie prenante.',
      'fr',
      'Engie',
    ],
  ];
  for (const [text, lang, speaker] of denials)
    it(`deny: ${speaker}`, () => {
      expect(find(claimsOf(text, lang, PUB), 'statement', [speaker])[0]).toMatchObject({
        stance: 'deny',
        status: 'denied',
      });
    });

  it('a denial of speculation about something else is no claim of a deal', () => {
    const text = 'The minister dismissed as speculation a report that the budget would be delayed.';
    expect(claimsOf(text, 'en', PUB)).toEqual([]);
  });
});

describe('a passive confirmation speaks for its agent', () => {
  it('« L’information a été confirmée jeudi par X »', () => {
    const text =
      'Selon L’Informé, Varnelle aurait pris 25 % du capital de Capgemini. L’information a été confirmée jeudi par Varnelle.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'statement', ['Varnelle'])[0]).toMatchObject({ stance: 'confirm' });
    expect(find(claims, 'acquisition', ['Varnelle', 'Capgemini'])[0]).toMatchObject({ percent: 25 });
  });

  it('"was confirmed by X in a statement"', () => {
    const text =
      'Oracle’s plan to buy a 30% stake in Penhallow Data, first reported by Reuters, was confirmed by Oracle in a statement on Thursday.';
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'statement', ['Oracle'])[0]).toMatchObject({ stance: 'confirm' });
    expect(find(claims, 'statement', ['Penhallow Data'])).toEqual([]);
  });

  it('« aurait pris 30 % du capital »: a conditional stake is a rumour', () => {
    const claims = claimsOf('Orange aurait pris 30 % du capital de Capgemini.', 'fr', PUB);
    expect(find(claims, 'acquisition', ['Orange', 'Capgemini'])[0]).toMatchObject({
      status: 'rumour',
      percent: 30,
    });
  });
});

describe('unknown names in the slots of offers, awards, consortia', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string[]][] = [
    [
      'Ferrandel could make an offer for Renault, Sky News said.',
      'en',
      'acquisition',
      ['Ferrandel', 'Renault'],
    ],
    ['Holmwood was awarded an ISO 27001 certificate on Tuesday.', 'en', 'certification', ['Holmwood']],
    [
      'Treliske has been granted FedRAMP authorization for its records cloud.',
      'en',
      'certification',
      ['Treliske'],
    ],
    [
      'Vaudrémont s’est vu attribuer la qualification SecNumCloud mardi.',
      'fr',
      'certification',
      ['Vaudrémont'],
    ],
    [
      'Le groupement qui répondra à l’appel d’offres du port de Sète réunit Castagnol et Ferrière.',
      'fr',
      'agreement',
      ['Castagnol', 'Ferrière'],
    ],
    [
      'The consortium bidding for the Tyne bridge contract is made up of Carbrook Civil and Aldwark.',
      'en',
      'agreement',
      ['Carbrook Civil', 'Aldwark'],
    ],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(`${kind} ${parties.join(' + ')}`, () => {
      expect(find(claimsOf(text, lang, PUB), kind, parties)).toHaveLength(1);
    });

  it('a meeting that brings together people is no consortium', () => {
    const text = 'Le colloque réunit Marie Fontaine et Paul Brissac à Lyon.';
    expect(brief(claimsOf(text, 'fr', PUB))).toEqual([]);
  });
});

describe('a pluperfect move in a relative clause is background, the main move is the day’s', () => {
  const cases: [string, 'fr' | 'en', string, number][] = [
    [
      'Le titre Capgemini, qui avait chuté de 11 % après l’avertissement de janvier, gagne 3,2 % ce jeudi.',
      'fr',
      'Capgemini',
      3.2,
    ],
    ['Orange, dont l’action avait bondi de 20 % l’an dernier, recule de 1,4 % jeudi.', 'fr', 'Orange', 1.4],
    [
      'Renault, whose shares had fallen 15% after its recall in February, rose 2.8% by midday.',
      'en',
      'Renault',
      2.8,
    ],
  ];
  for (const [text, lang, party, percent] of cases)
    it(`${party} ${percent}`, () => {
      const moves = find(claimsOf(text, lang, PUB), 'share_move', [party]);
      expect(moves.map((m) => m.kind === 'share_move' && [m.percent, m.eventDate])).toEqual([[percent, PUB]]);
    });

  it('a pluperfect in a relative clause that closes before the move keeps the move', () => {
    const text = 'Safran, qui avait racheté une usine l’an dernier, prenait 0,8 % vers 16h00.';
    const moves = find(claimsOf(text, 'fr', PUB), 'share_move', ['Safran']);
    expect(moves.map((m) => m.kind === 'share_move' && m.percent)).toEqual([0.8]);
  });
});

describe('nominalised deals name their sides', () => {
  it('« la cession à X de sa participation dans Y »: X buys Y, the seller is no party', () => {
    const text = 'Orvillard a annoncé mardi la cession à Pontcarré de sa participation de 35 % dans Atos.';
    expect(find(claimsOf(text, 'fr', PUB), 'acquisition', ['Pontcarré', 'Atos'])[0]).toMatchObject({
      percent: 35,
    });
  });

  it('« la cession de sa filiale à X » keeps its order', () => {
    const text = 'Orange a annoncé la cession de sa participation de 20 % dans Capgemini à Renault.';
    expect(find(claimsOf(text, 'fr', PUB), 'acquisition', ['Renault', 'Capgemini'])).toHaveLength(1);
  });

  it('« la prise de contrôle de X par Y »: an unknown target after the noun', () => {
    const text =
      'La prise de contrôle de Saint-Ormel Textile par Vauquelin serait imminente, selon Les Echos.';
    expect(
      find(claimsOf(text, 'fr', PUB), 'acquisition', ['Vauquelin', 'Saint-Ormel Textile'])[0]?.status,
    ).toBe('rumour');
  });

  it('"The merger of X and Y, completed on Monday" names no venture after a possessive', () => {
    const text =
      'The merger of Lanworth and Brisley, completed on Monday, creates Britain’s largest maker of valves.';
    const deal = find(claimsOf(text, 'en', PUB), 'agreement', ['Lanworth', 'Brisley'])[0];
    expect(deal?.kind === 'agreement' && deal.alliance).toBeFalsy();
  });
});

describe('subsidiaries and parents in appositions', () => {
  it('"X, the parent of Y, agreed to buy Z": the subject buys', () => {
    const text = 'Harrowgate Holdings, the parent of Harrowgate Bank, agreed on Tuesday to buy Renault.';
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'acquisition', ['Harrowgate Holdings', 'Renault'])).toHaveLength(1);
    expect(find(claims, 'acquisition', ['Harrowgate Bank', 'Renault'])).toEqual([]);
  });

  it('« X, filiale du groupe Y, a été cédée à Z »: Z buys the named subsidiary', () => {
    const text =
      'Morlaix Emballage, filiale du groupe Morlaix depuis 2001, a été cédée à Capgemini, a indiqué l’acquéreur.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'acquisition', ['Capgemini', 'Morlaix Emballage'])).toHaveLength(1);
  });

  it('« a été vendue à ses clients » is no sale of a company', () => {
    const text = 'La gamme Orvane a été vendue à ses clients historiques pendant dix ans.';
    expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('a day between the signing verb and "avec", and a wage rise that is no share move', () => {
  const signed: [string, string[]][] = [
    [
      'Loubressac a signé mardi avec Engie un contrat d’achat d’électricité solaire sur douze ans.',
      ['Loubressac', 'Engie'],
    ],
    ['Capgemini a signé hier avec Orange un accord de maintenance.', ['Capgemini', 'Orange']],
    [
      'Soucieux de respecter l’accord de Paris, Renault a signé jeudi avec EDF un contrat de fourniture.',
      ['Renault', 'EDF'],
    ],
  ];
  for (const [text, parties] of signed)
    it(parties.join(' + '), () => {
      expect(find(claimsOf(text, 'fr', PUB), 'agreement', parties)).toHaveLength(1);
    });

  it('« un accord salarial prévoyant une hausse générale de 3,5 % » is no share move', () => {
    const text =
      'La direction de Capgemini et deux syndicats ont signé un accord salarial prévoyant une hausse générale de 3,5 %.';
    expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'share_move')).toEqual([]);
  });

  it('a share move beside the word "hausse" still counts', () => {
    const text = 'L’action Capgemini était en hausse de 2,4 % jeudi à la clôture.';
    expect(find(claimsOf(text, 'fr', PUB), 'share_move', ['Capgemini'])).toHaveLength(1);
  });
});

describe('a rival compared in a fronted phrase keeps its old deal out of the main clause', () => {
  it('"Unlike its rival X, which tied up with Y, Z has chosen W"', () => {
    const text =
      'Unlike its rival Penmarrow, which tied up with Google in 2025, Castleton has chosen Oracle to run its billing, the company said.';
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'agreement', ['Castleton', 'Oracle'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Penmarrow', 'Oracle'])).toEqual([]);
  });

  it('"Like X, which signed with Y last year, Z signed with W": the same shape with "like"', () => {
    const text =
      'Like Capgemini, which signed with Google last year, Atos has signed a partnership with Microsoft.';
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'agreement', ['Atos', 'Microsoft'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Capgemini', 'Microsoft'])).toEqual([]);
  });

  it('a fronted "like" without a relative clause is no comparison front', () => {
    const text = 'Like many insurers, Capgemini has signed a partnership with Microsoft.';
    expect(find(claimsOf(text, 'en', PUB), 'agreement', ['Capgemini', 'Microsoft'])).toHaveLength(1);
  });
});

describe('launch wordings: "will roll out", "open … to", "any sooner than"', () => {
  it('an unknown subject of "will roll out" launches', () => {
    const text =
      'Marbury will roll out its flood-mapping service to councils in the second quarter of 2028, the company said.';
    const launch = find(claimsOf(text, 'en', PUB), 'launch', ['Marbury'])[0];
    expect(launch?.kind === 'launch' && launch.eventDate).toBe('2028');
  });

  it('"will not open their platform to X any sooner than 2029": a lower bound by the two founders', () => {
    const text =
      'Orange and Capgemini will not open their joint ticketing platform to ferry operators any sooner than 2029, the two partners said.';
    const launch = find(claimsOf(text, 'en', PUB), 'launch', ['Orange', 'Capgemini'])[0];
    expect(launch?.kind === 'launch' && [launch.eventDate, launch.bound]).toEqual(['2029', 'not_before']);
  });

  it('opening an office to visitors is no launch', () => {
    const text = 'Capgemini will open its new Lyon office to visitors in June.';
    expect(claimsOf(text, 'en', PUB).filter((c) => c.kind === 'launch')).toEqual([]);
  });
});
