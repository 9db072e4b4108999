import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes phrasebook-4 showed (offers received, interviews, session wording, sales of units), invented afresh. */
const PUB = '2027-03-11'; // a Thursday
const SUNDAY = '2027-03-14';

describe('an offer or approach received: the bidder after "from" / "de" is a company, not a place', () => {
  const cases: [string, 'fr' | 'en', string[], string][] = [
    [
      'Halvorsen Marine said it had received an approach from Tidewick.',
      'en',
      ['Tidewick', 'Halvorsen Marine'],
      'confirmed',
    ],
    [
      'Pemberly Foods confirmed on Thursday it had received a takeover offer from Carrowmore.',
      'en',
      ['Carrowmore', 'Pemberly Foods'],
      'confirmed',
    ],
    [
      'Ostrava Pumps said it had not received any approach from Keldholme.',
      'en',
      ['Keldholme', 'Ostrava Pumps'],
      'denied',
    ],
    ['Bravonne a démenti jeudi avoir reçu une offre de Ketterol.', 'fr', ['Ketterol', 'Bravonne'], 'denied'],
    ['Saurac a reçu une proposition de rachat de Pelvigne.', 'fr', ['Pelvigne', 'Saurac'], 'confirmed'],
  ];
  for (const [text, lang, parties, status] of cases)
    it(text, () => {
      const [claim] = find(claimsOf(text, lang, PUB), 'acquisition', parties);
      expect(claim?.parties).toEqual(parties);
      expect(claim?.status).toBe(status);
    });

  it('a place after "from" stays a place', () => {
    const claims = claimsOf('Halvorsen Marine shipped its first hulls from Gdansk on Monday.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('a sale to a buyer after "à" / "to", with the unit in between', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Corvelle pourrait céder sa division de peintures à Marbasse, selon La Lettre A.',
      'fr',
      ['Marbasse', 'Corvelle'],
    ],
    [
      'Tavelin envisagerait de céder sa filiale Tavelin Logistique à Ferrandou.',
      'fr',
      ['Ferrandou', 'Tavelin Logistique'],
    ],
    [
      'Dunholm is understood to be weighing a sale of its bakery arm to Corriston.',
      'en',
      ['Corriston', 'Dunholm'],
    ],
    [
      'Whitcombe is said to be exploring a sale of its ferry business to Lanyard.',
      'en',
      ['Lanyard', 'Whitcombe'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(text, () => {
      const [claim] = find(claimsOf(text, lang, PUB), 'acquisition', parties);
      expect(claim?.parties).toEqual(parties);
      expect(claim?.status).toBe('rumour');
    });

  it('selling products to customers is no sale of a company', () => {
    const text = 'Corvelle vend ses peintures à des artisans de toute la région.';
    expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('interview transcripts: labels after a dash, only the interviewee labelled, the headline names the company', () => {
  it('dash-opened French turns: "nous" and the question\'s "vous" are the interviewee\'s company', () => {
    const text = [
      'Entretien avec Marc Lesterel, président de Bordanne.',
      '— Vous venez de signer avec Quincel. Pourquoi ?',
      '— Marc Lesterel : Nous voulions un partenaire en Espagne.',
      '— On vous prête l’intention de racheter Vaugrenier…',
      '— Marc Lesterel : Je ne commenterai pas les rumeurs.',
    ].join('\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'agreement', ['Bordanne', 'Quincel'])[0]?.status).toBe('confirmed');
    expect(find(claims, 'acquisition', ['Bordanne', 'Vaugrenier'])[0]).toMatchObject({
      parties: ['Bordanne', 'Vaugrenier'],
      status: 'rumour',
    });
    expect(find(claims, 'statement', ['Bordanne'])[0]).toMatchObject({ stance: 'no_comment' });
  });

  it('only the interviewee labelled: "we" in the answers, a denial denies the talk of a merger', () => {
    const text = [
      'Four questions for Tom Reddaway, chief executive of Ashcombe',
      'How was the year?',
      'Reddaway: Good. We opened two plants.',
      'There is talk of a merger with Penrose.',
      'Reddaway: There is no truth in that. We have never spoken to Penrose about a merger.',
    ].join('\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'agreement', ['Ashcombe', 'Penrose'])[0]?.status).toBe('denied');
    expect(find(claims, 'statement', ['Ashcombe'])[0]).toMatchObject({ stance: 'deny' });
  });

  it('"Q&A: X, chief executive of Y" as the headline: the labelled answers speak for Y', () => {
    const text = [
      'Q&A: Ana Roldan, chief executive of Brackwell',
      'Q: There are reports that Siemens wants to buy a stake in Brackwell.',
      'Roldan: We do not comment on market rumours.',
      'Q: And the plant?',
      'Roldan: It opens in May.',
    ].join('\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'acquisition', ['Siemens', 'Brackwell'])[0]?.status).toBe('rumour');
    expect(find(claims, 'statement', ['Brackwell'])[0]).toMatchObject({ stance: 'no_comment' });
    expect(find(claims, 'statement', ['Siemens'])).toEqual([]);
  });

  it('a plain article with a question in it is no interview', () => {
    const text =
      'What next for Ashcombe?\nAshcombe declined to comment on Monday.\nIts new plant opens in May.';
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'statement', ['Ashcombe'])[0]).toMatchObject({ stance: 'no_comment' });
  });
});

describe('status wordings', () => {
  it('"ending months of speculation": a deal that ends the talk is confirmed', () => {
    const en = 'Harbury agreed on Monday to buy Velloc, ending months of speculation about the group.';
    expect(find(claimsOf(en, 'en', PUB), 'acquisition', ['Harbury', 'Velloc'])[0]?.status).toBe('confirmed');
    const rumour = 'Amid speculation about its future, Harbury is said to be studying a bid for Velloc.';
    expect(find(claimsOf(rumour, 'en', PUB), 'acquisition', ['Harbury', 'Velloc'])[0]?.status).toBe('rumour');
  });

  it('"who said" after an anonymous source: the source speaks, not a party', () => {
    const text =
      'Pellam, a payroll start-up, is set to be bought by Orrin Capital, according to a person briefed on the talks, who said a deal could be signed soon.';
    expect(find(claimsOf(text, 'en', PUB), 'acquisition', ['Orrin Capital', 'Pellam'])[0]?.status).toBe(
      'rumour',
    );
  });

  it('a fronted "Having walked away from …" does not deny the main clause', () => {
    const text =
      'Having walked away from talks with Brenlow last year, Castleford on Tuesday agreed to buy Mirefield.';
    expect(find(claimsOf(text, 'en', PUB), 'acquisition', ['Castleford', 'Mirefield'])[0]?.status).toBe(
      'confirmed',
    );
    const walked = 'Castleford Group walked away from its bid for Mirefield on Tuesday.';
    expect(
      find(claimsOf(walked, 'en', PUB), 'acquisition', ['Castleford Group', 'Mirefield'])[0]?.status,
    ).toBe('denied');
  });

  it("a report told in the pluperfect is no recalled deal: the subject's denial settles it", () => {
    const text =
      'Ruddock, which Reuters had reported to be circling Amberley, said it had no interest in the company.';
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'acquisition', ['Ruddock', 'Amberley'])[0]?.status).toBe('denied');
    expect(find(claims, 'statement', ['Ruddock'])[0]).toMatchObject({ stance: 'deny' });
  });

  it('a communications director "de X" / "at X" speaks for X', () => {
    const fr =
      '« Il n’y a pas un mot de vrai dans cette histoire », a réagi le directeur de la communication de Malvoisin, à propos d’un rapprochement avec Tersac.';
    expect(find(claimsOf(fr, 'fr', PUB), 'agreement', ['Malvoisin', 'Tersac'])[0]?.status).toBe('denied');
    const en = 'The head of communications at Malvoisin denied on Tuesday reports of a merger with Tersac.';
    expect(find(claimsOf(en, 'en', PUB), 'agreement', ['Malvoisin', 'Tersac'])[0]?.status).toBe('denied');
  });

  it('« prêter l’intention »: hearsay', () => {
    const text = 'Les informations prêtant à Vinci l’intention de racheter Eiffage se multiplient.';
    expect(find(claimsOf(text, 'fr', PUB), 'acquisition', ['Vinci', 'Eiffage'])[0]?.status).toBe('rumour');
  });
});

describe('session wording', () => {
  it('a peak passed before the close is no move of its own', () => {
    const en = 'Tolland shares rose as much as 6% before paring gains to close 2.4% higher.';
    const moves = claimsOf(en, 'en', PUB).filter((c) => c.kind === 'share_move');
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ percent: 2.4, eventDate: PUB });
    const fr = 'Brisval a ouvert en hausse de 4 % avant de terminer la séance sur un gain de 0,8 %.';
    const frMoves = claimsOf(fr, 'fr', PUB).filter((c) => c.kind === 'share_move');
    expect(frMoves).toHaveLength(1);
    expect(frMoves[0]).toMatchObject({ parties: ['Brisval'], percent: 0.8 });
  });

  it('two moves of two companies are both kept', () => {
    const text = 'Tolland rose 6% and Brisval fell 2%.';
    expect(claimsOf(text, 'en', PUB).filter((c) => c.kind === 'share_move')).toHaveLength(2);
  });

  it('"en fin de séance" in a Sunday article is Friday\'s session', () => {
    const text = 'En fin de séance, le titre Brisval a cédé 1,4 %.';
    expect(claimsOf(text, 'fr', SUNDAY)[0]).toMatchObject({ eventDate: '2027-03-12' });
    expect(claimsOf(text, 'fr', PUB)[0]).toMatchObject({ eventDate: PUB });
  });

  it('"X, lui, gagnait": the name before the inserted pronoun moves', () => {
    const text = 'Le secteur reculait. Brisval, lui, gagnait 2,1 % à la mi-séance.';
    expect(find(claimsOf(text, 'fr', PUB), 'share_move', ['Brisval'])[0]).toMatchObject({ percent: 2.1 });
  });

  it('"le titre de la cible": the company the bid in the sentence is for', () => {
    const text = 'Orvance a déposé une offre sur Lissac ; le titre de la cible bondissait de 18 % vers midi.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'acquisition', ['Orvance', 'Lissac'])).toHaveLength(1);
    expect(find(claims, 'share_move', ['Lissac'])[0]).toMatchObject({ percent: 18 });
  });
});

describe('launch dated by "today" in a press release', () => {
  it('"available from today", "lance dès aujourd’hui", "today launched"', () => {
    expect(
      claimsOf('Kelstow said its payroll app, Kelstow Pay, is available from today.', 'en', PUB)[0],
    ).toMatchObject({ kind: 'launch', parties: ['Kelstow'], eventDate: PUB });
    expect(claimsOf('Orange lance dès aujourd’hui sa plateforme de paiement.', 'fr', PUB)[0]).toMatchObject({
      kind: 'launch',
      eventDate: PUB,
    });
    expect(claimsOf('Capgemini today launched a cloud platform.', 'en', PUB)[0]).toMatchObject({
      kind: 'launch',
      eventDate: PUB,
    });
  });

  it('a launch with no date at all gives nothing', () => {
    expect(claimsOf('Capgemini launched a cloud platform.', 'en', PUB)).toEqual([]);
  });
});

describe('parties listed with "et à" after "s’est associé à"', () => {
  it('three signatories', () => {
    const text = 'Bravonne s’est associée à Ketterol et à Saurac pour bâtir une filière du recyclage.';
    expect(find(claimsOf(text, 'fr', PUB), 'agreement', ['Bravonne', 'Ketterol', 'Saurac'])).toHaveLength(1);
  });
});

describe('deal wordings', () => {
  it('a right granted ("cède à X le droit d’exploiter") is a licence, not a sale; a minister’s portfolio is no party', () => {
    const text =
      'Par un accord de licence signé mardi en présence de la ministre de l’Industrie, Bravonne cède à Ketterol le droit d’exploiter ses brevets.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
    expect(find(claims, 'agreement', ['Bravonne', 'Ketterol'])).toHaveLength(1);
    const sale = 'Bravonne cède à Ketterol sa filiale de traitement de surface.';
    expect(find(claimsOf(sale, 'fr', PUB), 'acquisition', ['Ketterol', 'Bravonne'])).toHaveLength(1);
  });

  it('"le contrat-cadre qui lie X à Y"', () => {
    const text = 'Le contrat-cadre qui lie désormais Pelvigne à la SNCF porte sur 300 rames.';
    expect(find(claimsOf(text, 'fr', PUB), 'agreement', ['Pelvigne', 'SNCF'])).toHaveLength(1);
  });

  it('a funding round led with a stated stake buys the stake; a round alone does not', () => {
    const text = 'Siemens led a $40 million funding round in Quarrel, taking a 12% stake in the start-up.';
    expect(find(claimsOf(text, 'en', PUB), 'acquisition', ['Siemens', 'Quarrel'])[0]).toMatchObject({
      percent: 12,
    });
    expect(claimsOf('Siemens led a $40 million funding round in Quarrel.', 'en', PUB)).toEqual([]);
  });

  it('a cleft "c’est X qui l’emporte" after closed negotiations: X buys, confirmed', () => {
    const text =
      'Au terme de trois mois de négociations exclusives, c’est finalement Saurac qui l’emporte : le groupe rachète 60 % de Pelvigne.';
    expect(find(claimsOf(text, 'fr', PUB), 'acquisition', ['Saurac', 'Pelvigne'])[0]).toMatchObject({
      status: 'confirmed',
      percent: 60,
    });
    const open = 'Vinci est en négociations exclusives pour racheter Eiffage.';
    expect(find(claimsOf(open, 'fr', PUB), 'acquisition', ['Vinci', 'Eiffage'])[0]?.status).toBe('rumour');
  });

  it('a label "que seuls quatre prestataires détiennent" is held by nobody named', () => {
    const text =
      'Bravonne devra obtenir la qualification SecNumCloud, que seuls trois prestataires détiennent.';
    expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'certification')).toEqual([]);
  });
});
