import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Status classes the phrasebook showed missing (hedges, sources, denials, no-comments), each written
 * afresh with invented companies and sentences, beside counter-examples of the same shape.
 */
const PUB = '2026-11-10'; // a Tuesday

function stanceOf(claims: Claim[], speaker: string): string | undefined {
  const s = find(claims, 'statement', [speaker])[0];
  return s?.kind === 'statement' ? s.stance : undefined;
}

describe('a collective no-comment speaks for both sides of the deal just told', () => {
  const cases: [string, 'fr' | 'en', [string, string]][] = [
    [
      'Orange aurait signé un accord de distribution avec Kervala Data. Sollicitées, les deux sociétés n’ont pas donné suite.',
      'fr',
      ['Orange', 'Kervala Data'],
    ],
    [
      'Thales serait en discussions pour racheter Brumel Optique. Ni l’un ni l’autre n’a souhaité commenter.',
      'fr',
      ['Thales', 'Brumel Optique'],
    ],
    [
      'Capgemini négocierait une alliance avec Sorvane Conseil, selon Les Echos. Capgemini comme Sorvane Conseil se sont refusés à tout commentaire.',
      'fr',
      ['Capgemini', 'Sorvane Conseil'],
    ],
    [
      'Nvidia and Halden Robotics are in advanced talks over a licensing deal, according to Reuters. Both companies declined to comment.',
      'en',
      ['Nvidia', 'Halden Robotics'],
    ],
    [
      'Oracle is reportedly in talks to buy Pellmoor Analytics. Neither company would comment.',
      'en',
      ['Oracle', 'Pellmoor Analytics'],
    ],
  ];
  for (const [text, lang, [a, b]] of cases)
    it(`${a} and ${b} (${lang}) each decline`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(stanceOf(claims, a)).toBe('no_comment');
      expect(stanceOf(claims, b)).toBe('no_comment');
      expect(claims.filter((c) => c.kind !== 'statement').every((c) => c.status === 'rumour')).toBe(true);
    });

  it('without a deal told before, "les deux sociétés" names nobody', () => {
    const claims = claimsOf('Sollicitées, les deux sociétés n’ont pas donné suite.', 'fr', PUB);
    expect(claims).toEqual([]);
  });
  it('one named speaker stays one speaker', () => {
    const claims = claimsOf(
      'Oracle is reportedly in talks to buy Pellmoor Analytics. Pellmoor Analytics declined to comment.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Pellmoor Analytics')).toBe('no_comment');
    expect(stanceOf(claims, 'Oracle')).toBeUndefined();
  });
});

describe('English no-comment phrasings', () => {
  it.each([
    [
      'Keswick Foods would not be drawn on reports that it is preparing a bid for Arlow Dairy.',
      'Keswick Foods',
    ],
    ['Oracle is said to be circling Tamsin Data. Tamsin Data had no immediate comment.', 'Tamsin Data'],
    [
      'Ericsson is sounding out Brisk Networks about a takeover. Ericsson declined to comment, while a Brisk Networks spokesperson said only that the board "reviews all options".',
      'Brisk Networks',
    ],
    [
      'Siemens is reportedly weighing a bid for Harlow Controls. Siemens, which already owns 8% of Harlow Controls, had no comment.',
      'Siemens',
    ],
  ])('%s -> no_comment by %s', (text, speaker) => {
    expect(stanceOf(claimsOf(text, 'en', PUB), speaker)).toBe('no_comment');
  });

  it('the apposition holds another company: the stake owner speaks, not the target', () => {
    const claims = claimsOf(
      'Siemens is reportedly weighing a bid for Harlow Controls. Siemens, which already owns 8% of Harlow Controls, had no comment.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Harlow Controls')).toBeUndefined();
  });
});

describe('a deal ended or talks broken off is denied', () => {
  it.each([
    ['Orange et Kervala Data ont mis fin à leur partenariat de distribution, a indiqué Orange.', 'fr'],
    ['Les négociations entre Orange et Kervala Data ont été rompues ce week-end.', 'fr'],
    ['Les discussions entre Orange et Kervala Data pour un rapprochement ont échoué.', 'fr'],
    ['Orange and Kervala Data have ended their three-year distribution partnership.', 'en'],
    ['The talks between Orange and Kervala Data broke down in March.', 'en'],
  ] as const)('%s', (text, lang) => {
    const claims = claimsOf(text, lang, PUB);
    const deals = find(claims, 'agreement', ['Orange', 'Kervala Data']);
    expect(deals.length).toBe(1);
    expect(deals[0]?.status).toBe('denied');
  });

  it.each([
    ['Orange et Kervala Data ont signé un partenariat de distribution, a indiqué Orange.', 'fr'],
    ['Orange and Kervala Data extended their distribution partnership by three years.', 'en'],
  ] as const)('counter-example: %s stays confirmed', (text, lang) => {
    const deals = find(claimsOf(text, lang, PUB), 'agreement', ['Orange', 'Kervala Data']);
    expect(deals[0]?.status).toBe('confirmed');
  });
});

describe("the company's own plan told by its officer with a day word is confirmed", () => {
  it.each([
    'Brasvel devrait lancer sa plateforme de paiement en 2027, a indiqué mardi son directeur général, Léa Morin.',
    'Brasvel commercialiserait sa nouvelle offre en mars 2027, a précisé hier la direction.',
  ])('%s', (text) => {
    const launches = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'launch');
    expect(launches.length).toBe(1);
    expect(launches[0]?.status).toBe('confirmed');
  });
  it('counter-example: anonymous sources keep it a rumour', () => {
    const launches = claimsOf(
      'Brasvel devrait lancer sa plateforme de paiement en 2027, selon des sources proches du dossier.',
      'fr',
      PUB,
    ).filter((c) => c.kind === 'launch');
    expect(launches[0]?.status).toBe('rumour');
  });
});

describe('a negation said by the party itself is a deny statement', () => {
  it.each([
    [
      'Cavelis n’a pas signé d’accord de distribution avec Carrefour, a précisé l’entreprise vendredi soir.',
      'fr',
      'Cavelis',
    ],
    ['Orange n’a jamais racheté Kervala Data, a assuré son porte-parole.', 'fr', 'Orange'],
    [
      'Dunmore Retail has not agreed to sell its stores to Tesco, the company said on Sunday.',
      'en',
      'Dunmore Retail',
    ],
  ] as const)('%s', (text, lang, speaker) => {
    const claims = claimsOf(text, lang, PUB);
    expect(stanceOf(claims, speaker)).toBe('deny');
    expect(claims.filter((c) => c.kind !== 'statement').every((c) => c.status === 'denied')).toBe(true);
  });
  it.each([
    ['Estreval n’a pas signé de contrat avec la SNCF : le marché est allé à un concurrent.', 'fr'],
    [
      'Dunmore Retail has not agreed to sell its stores to Tesco, according to two people briefed on the talks.',
      'en',
    ],
  ] as const)('counter-example, the article says it: no statement in %s', (text, lang) => {
    expect(claimsOf(text, lang, PUB).filter((c) => c.kind === 'statement')).toEqual([]);
  });
});

describe("a quoted denial whose tag names the company's officer", () => {
  it.each([
    [
      '« Il n’a jamais été question d’une alliance avec Atos », tranche Paul Girard, président de Norvège Systèmes.',
      'fr',
      'Norvège Systèmes',
    ],
    [
      '"There is no agreement with Oracle, and none is being negotiated," Harwick Systems\' chief executive said.',
      'en',
      'Harwick Systems',
    ],
    [
      '"There is no deal with Oracle," Tamsin Data\'s chief executive told an investor conference on Tuesday.',
      'en',
      'Tamsin Data',
    ],
  ] as const)('%s', (text, lang, speaker) => {
    expect(stanceOf(claimsOf(text, lang, PUB), speaker)).toBe('deny');
  });
  it('counter-example: an analyst quoted about a denial is no speaker', () => {
    const claims = claimsOf(
      '« Il n’a jamais été question d’une alliance avec Atos », juge un analyste de Norvège Finance.',
      'fr',
      PUB,
    );
    expect(stanceOf(claims, 'Norvège Finance')).toBeUndefined();
  });
});

describe('a company named beside the deal disclaims any part: a deny statement, the deal stays a rumour', () => {
  it.each([
    [
      'Quintal Logistics and Maersk are finalising a warehousing alliance, two sources said. DHL, which had been mentioned as a third partner, said it was not involved.',
      'en',
      'DHL',
      ['Quintal Logistics', 'Maersk'],
    ],
    [
      'Airbus et Thales seraient proches d’un accord. Safran a assuré ne pas être impliqué dans ces discussions.',
      'fr',
      'Safran',
      ['Airbus', 'Thales'],
    ],
  ] as const)('%s', (text, lang, speaker, pair) => {
    const claims = claimsOf(text, lang, PUB);
    expect(stanceOf(claims, speaker)).toBe('deny');
    expect(find(claims, 'agreement', [...pair])[0]?.status).toBe('rumour');
  });
});

describe('"no intention of bidding" denies the bid', () => {
  it.each([
    'Orange said it had "no intention" of bidding for Kervala Data.',
    'Orange said it had no intention of making an offer for Kervala Data.',
  ])('%s', (text) => {
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'acquisition', ['Orange', 'Kervala Data'])[0]?.status).toBe('denied');
    expect(stanceOf(claims, 'Orange')).toBe('deny');
  });
});

describe('hedges: anonymous insiders, "croit savoir", "is also thought to"', () => {
  it.each([
    [
      'Le contrat entre Carrefour et Danone devrait être signé d’ici la fin du mois, affirment deux personnes au fait des négociations.',
      'fr',
      ['Carrefour', 'Danone'],
    ],
    [
      'Carrefour doit signer un contrat avec Danone, confie un cadre du groupe sous couvert d’anonymat.',
      'fr',
      ['Carrefour', 'Danone'],
    ],
    [
      'Orange a paraphé un accord de distribution avec Kervala Data, croit savoir La Tribune.',
      'fr',
      ['Orange', 'Kervala Data'],
    ],
    [
      'Veolia won a contract from Thames Water last year. Oracle is also thought to be weighing a partnership with Kervala Data.',
      'en',
      ['Oracle', 'Kervala Data'],
    ],
  ] as const)('%s', (text, lang, pair) => {
    expect(find(claimsOf(text, lang, PUB), 'agreement', [...pair])[0]?.status).toBe('rumour');
  });
  it('counter-example: the company signing, said plainly, is confirmed', () => {
    const claims = claimsOf('Carrefour a signé un contrat avec Danone, a indiqué le groupe.', 'fr', PUB);
    expect(find(claims, 'agreement', ['Carrefour', 'Danone'])[0]?.status).toBe('confirmed');
  });
});

describe('trigger words the status cases needed', () => {
  it.each([
    ['Escarvel Software a confirmé lundi avoir acquis Fenolia Systèmes.', 'fr', 'confirmed'],
    ['Orange dément avoir racheté Kervala Data.', 'fr', 'denied'],
    ['Google is reportedly circling Kilnsey Maps, a mapping start-up.', 'en', 'rumour'],
  ] as const)('%s', (text, lang, status) => {
    const buys = claimsOf(text, lang, PUB).filter((c) => c.kind === 'acquisition');
    expect(buys.length).toBe(1);
    expect(buys[0]?.status).toBe(status);
  });
  it('counter-example: eyeing a market is no acquisition', () => {
    const claims = claimsOf('Oracle is eyeing expansion in Brazil, its chief executive said.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
  it('a joint bid is an agreement between the bidders', () => {
    const claims = claimsOf(
      'Orange has been sounding out Vennholt Telecom about a joint bid for a Belgian spectrum licence, two people close to the process said.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Orange', 'Vennholt Telecom'])[0]?.status).toBe('rumour');
  });
});

describe('talks a party acknowledges on the record are still talks', () => {
  it.each([
    [
      'Xeros Marine is "in discussions with several partners, including Siemens," its chief executive said.',
      'en',
    ],
    ['Halvard Shipping said it was in talks with Maersk about a joint feeder service.', 'en'],
    [
      'Orange est en discussions avec Kervala Data pour un partenariat, a indiqué son directeur général.',
      'fr',
    ],
  ] as const)('%s', (text, lang) => {
    const deals = claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement');
    expect(deals.length).toBe(1);
    expect(deals[0]?.status).toBe('rumour');
  });
  it.each([
    ['Halvard Shipping said it had signed a partnership with Maersk after months of talks.', 'en'],
    [
      'Orange a signé un partenariat avec Kervala Data après des mois de discussions, a indiqué le groupe.',
      'fr',
    ],
  ] as const)('counter-example, the deal told done: %s', (text, lang) => {
    const deals = claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement');
    expect(deals[0]?.status).toBe('confirmed');
  });
});

describe('an interrogative headline about a purchase over reported talks or meetings', () => {
  it.each([
    [
      'Is Oracle about to buy Tamsin Data?',
      'Oracle has held several meetings with Tamsin Data, people with knowledge of the matter said.',
      'en',
    ],
    [
      'Will Siemens snap up Harlow Controls?',
      'Siemens and Harlow Controls are in advanced talks, according to two people briefed on the matter.',
      'en',
    ],
    [
      'Orange va-t-il racheter Kervala Data ?',
      'Orange et Kervala Data sont en discussions, selon des sources proches du dossier.',
      'fr',
    ],
  ] as const)('%s', (title, text, lang) => {
    const claims = claimsOf(text, lang, PUB, title);
    const buys = claims.filter((c) => c.kind === 'acquisition');
    expect(buys.length).toBe(1);
    expect(buys[0]?.status).toBe('rumour');
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
  it('counter-example: a headline asking about an alliance keeps the talks an agreement', () => {
    const claims = claimsOf(
      'Orange et Kervala Data sont en discussions, selon des sources proches du dossier.',
      'fr',
      PUB,
      'Orange et Kervala Data vont-ils s’allier ?',
    );
    expect(find(claims, 'agreement', ['Orange', 'Kervala Data'])[0]?.status).toBe('rumour');
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('an offer received names the target before and the buyer after', () => {
  it.each([
    ['Kerlys Data a démenti avoir reçu la moindre offre de Thales pour sa division cloud.', 'fr', 'denied'],
    ['Kerlys Data aurait reçu une offre de Thales, selon Les Echos.', 'fr', 'rumour'],
    ['Harlow Controls would accept an offer from Siemens, analysts said.', 'en', 'rumour'],
    // A target turning the approach down: the purchase is not happening (phrasebook-2 convention).
    ['Harlow Controls rejected an approach from Siemens last week.', 'en', 'denied'],
  ] as const)('%s', (text, lang, status) => {
    const buyer = lang === 'fr' ? 'Thales' : 'Siemens';
    const target = lang === 'fr' ? 'Kerlys Data' : 'Harlow Controls';
    const buys = claimsOf(text, lang, PUB).filter((c) => c.kind === 'acquisition');
    expect(buys.map((b) => b.parties)).toEqual([[buyer, target]]);
    expect(buys[0]?.status).toBe(status);
  });
  it('counter-example: an offer made to customers is no acquisition', () => {
    const claims = claimsOf(
      'Kerlys Data a reçu des offres de ses clients pour étendre le service.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('"n\'existe pas" and a trailing tag naming the officer of one side', () => {
  it.each([
    [
      'Le contrat qui aurait été signé entre Orange et Kervala Data n’existe pas, a assuré dimanche le fondateur de Kervala Data, Paul Ménard.',
      'fr',
    ],
    [
      'The contract said to have been signed between Orange and Kervala Data does not exist, said the chief executive of Kervala Data.',
      'en',
    ],
  ] as const)('%s', (text, lang) => {
    const claims = claimsOf(text, lang, PUB);
    expect(find(claims, 'agreement', ['Orange', 'Kervala Data'])[0]?.status).toBe('denied');
    expect(stanceOf(claims, 'Kervala Data')).toBe('deny');
    expect(stanceOf(claims, 'Orange')).toBeUndefined();
  });
});

describe('deal words the status cases needed (hyphenated, framework, contrat-cadre, sale of a unit)', () => {
  it.each([
    [
      'Thales and Alstom signed a ten-year maintenance contract on Wednesday, the two companies said.',
      'en',
      'agreement',
      ['Thales', 'Alstom'],
    ],
    ['Veolia won a framework contract from Suez last week.', 'en', 'agreement', ['Veolia', 'Suez']],
    [
      'Dans un communiqué, Thales annonce la signature d’un contrat-cadre de cinq ans avec Airbus.',
      'fr',
      'agreement',
      ['Thales', 'Airbus'],
    ],
    [
      'Danone is exploring a sale of its frozen-desserts arm to Lactalis, according to people familiar with the matter.',
      'en',
      'acquisition',
      ['Lactalis', 'Danone'],
    ],
  ] as const)('%s', (text, lang, kind, parties) => {
    expect(find(claimsOf(text, lang, PUB), kind, [...parties]).length).toBe(1);
  });
  it('counter-example: a contract won with no named counterparty is nothing', () => {
    const claims = claimsOf('Veolia won the contract after a tender with six bidders.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('a participle confirmation after a quoted officer', () => {
  it('"…," Safran\'s head of purchasing told reporters, confirming the deal -> Safran confirms', () => {
    const claims = claimsOf(
      '"We have signed with Embrun Aero and we are proud of it," Safran\'s head of purchasing told reporters on Monday, confirming the two-year supply deal.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Safran')).toBe('confirm');
  });
  it('counter-example: without confirming is no confirmation', () => {
    const claims = claimsOf(
      "Orange is said to be in talks with Kervala Data. Orange's chief executive spoke at length on Monday, without confirming the talks.",
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Orange')).toBeUndefined();
  });
});

describe("a shareholder's denial after an apposition and a short verb tail is the shareholder's", () => {
  it.each([
    [
      'Orange serait en passe de s’allier à Kervala Data, rapporte Les Echos. Brelande Capital, actionnaire de référence de Kervala Data, a pour sa part démenti avoir été consulté.',
      'fr',
      'Brelande Capital',
      'Kervala Data',
    ],
    [
      'Orange is said to be nearing an alliance with Kervala Data. Brelande Capital, the largest shareholder in Kervala Data, has denied any involvement.',
      'en',
      'Brelande Capital',
      'Kervala Data',
    ],
  ] as const)('%s', (text, lang, speaker, other) => {
    const claims = claimsOf(text, lang, PUB);
    expect(stanceOf(claims, speaker)).toBe('deny');
    expect(stanceOf(claims, other)).toBeUndefined();
    expect(find(claims, 'agreement', ['Orange', 'Kervala Data'])[0]?.status).toBe('rumour');
  });
});

describe('stakes and entries into the capital: buyer before, target after', () => {
  it.each([
    [
      'Vinci négocierait l’entrée du fonds Kalista Capital au capital de Cyrano Mobilité, révèle Challenges.',
      ['Kalista Capital', 'Cyrano Mobilité'],
      'rumour',
    ],
    [
      'Selon nos informations, Orange envisagerait de prendre 30 % du capital de Rovelle Conseil.',
      ['Orange', 'Rovelle Conseil'],
      'rumour',
    ],
    [
      'Thales a pris 12 % du capital de Kerlys Data, a annoncé le groupe.',
      ['Thales', 'Kerlys Data'],
      'confirmed',
    ],
  ] as const)('%s', (text, parties, status) => {
    const buys = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'acquisition');
    expect(buys.map((b) => b.parties)).toEqual([[...parties]]);
    expect(buys[0]?.status).toBe(status);
  });
  it('counter-example: a stake already held is no new entry', () => {
    const claims = claimsOf('Orange détient 30 % du capital de Rovelle Conseil depuis 2019.', 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('distribution offers and power purchases are agreements', () => {
  it.each([
    [
      'Amazon Web Services aurait proposé à Kervala Data de distribuer ses offres de cloud souverain, selon nos confrères du JDN.',
      'fr',
      ['Amazon', 'Kervala Data'],
    ],
    [
      'Amazon is said to have approached Norcross Grid about buying power from its planned wind farm.',
      'en',
      ['Amazon', 'Norcross Grid'],
    ],
    ['Google agreed to buy electricity from Iberdrola for twelve years.', 'en', ['Google', 'Iberdrola']],
  ] as const)('%s', (text, lang, parties) => {
    const claims = claimsOf(text, lang, PUB);
    expect(find(claims, 'agreement', [...parties]).length).toBe(1);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
  it('counter-example: selling power to households is no agreement', () => {
    const claims = claimsOf('Orsted sells power to households across Denmark.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('a stake one partner would take, with no target named, is a stake in the other partner', () => {
  it.each([
    [
      'Urbelle Santé a signé un contrat de licence avec Dassault Systèmes. D’après un proche du dossier, l’éditeur de Vélizy envisagerait même une prise de participation minoritaire.',
      'fr',
      ['Dassault Systèmes', 'Urbelle Santé'],
    ],
    [
      'Kerlys Data and Orange signed a distribution deal on Monday. Orange is also said to be weighing a minority stake, people familiar with the matter said.',
      'en',
      ['Orange', 'Kerlys Data'],
    ],
  ] as const)('%s', (text, lang, parties) => {
    const buys = claimsOf(text, lang, PUB).filter((c) => c.kind === 'acquisition');
    expect(buys.map((b) => b.parties)).toEqual([[...parties]]);
    expect(buys[0]?.status).toBe('rumour');
  });
  it.each([
    'Orange a signé un contrat avec Kerlys Data. Orange envisagerait aussi une prise de participation dans une start-up espagnole.',
    'Orange a signé un contrat avec Kerlys Data. Par ailleurs, Thales envisagerait une prise de participation minoritaire.',
  ])('counter-example: %s', (text) => {
    expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('a quote naming one side: the speaker in the tag is the other side', () => {
  it.each([
    [
      '« Le rapprochement avec Dunmere Transports est bouclé à 90 % », confie un cadre d’Eastholt Logistique sous couvert d’anonymat.',
      'fr',
      ['Eastholt Logistique', 'Dunmere Transports'],
      'rumour',
    ],
    [
      '« Notre alliance avec Kerlys Data est signée », a déclaré le PDG de Thales.',
      'fr',
      ['Thales', 'Kerlys Data'],
      'confirmed',
    ],
    [
      '"The partnership with Siemens is done," Harwick Systems\' chief executive said.',
      'en',
      ['Harwick Systems', 'Siemens'],
      'confirmed',
    ],
  ] as const)('%s', (text, lang, parties, status) => {
    const deals = find(claimsOf(text, lang, PUB), 'agreement', [...parties]);
    expect(deals.length).toBe(1);
    expect(deals[0]?.status).toBe(status);
  });
  it('counter-example: an analyst at a firm quoted on a hypothesis gives no deal with the firm', () => {
    const claims = claimsOf(
      '« Un rapprochement avec Kerlys Data aurait du sens », estime un analyste de Brelande Gestion.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('"X is also said to" is a hedge, not X speaking', () => {
  it.each([
    'Orange is also said to be weighing a partnership with Kerlys Data.',
    'Orange is now said to be in advanced talks with Kerlys Data.',
  ])('%s', (text) => {
    expect(find(claimsOf(text, 'en', PUB), 'agreement', ['Orange', 'Kerlys Data'])[0]?.status).toBe('rumour');
  });
});

it('an analyst explaining a quote is an outsider: no deal with the firm', () => {
  const claims = claimsOf(
    '« Le rapprochement avec Kerlys Data est quasiment acté », explique un analyste de Brelande Gestion.',
    'fr',
    PUB,
  );
  expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
});

describe('more no-comment phrasings leave the deal a rumour', () => {
  const fr = [
    'se refuse à commenter',
    'se garde de tout commentaire',
    's’est abstenu de tout commentaire',
    'était injoignable',
    'ne souhaite pas s’exprimer sur ce dossier',
    'préfère ne pas commenter',
  ];
  const en = [
    'could not immediately be reached for comment',
    'was unavailable for comment',
    'remained tight-lipped',
    'had no immediate comment',
    'would not be drawn on the matter',
  ];
  it.each([
    ...fr.map((p) => ['fr', `Orange serait en discussions avec Kerlys Data. Kerlys Data ${p}.`] as const),
    ...en.map((p) => ['en', `Orange is reportedly in talks with Kerlys Data. Kerlys Data ${p}.`] as const),
  ])('%s: %s', (lang, text) => {
    const claims = claimsOf(text, lang, PUB);
    expect(stanceOf(claims, 'Kerlys Data')).toBe('no_comment');
    expect(find(claims, 'agreement', ['Orange', 'Kerlys Data'])[0]?.status).toBe('rumour');
  });
});

describe('more denial phrasings deny the deal, said by the speaker', () => {
  it.each([
    ['fr', 'Kerlys Data conteste ces informations sur un rapprochement avec Orange.'],
    ['fr', 'Kerlys Data nie toute discussion avec Orange.'],
    ['fr', 'Kerlys Data balaie les rumeurs de rapprochement avec Orange.'],
    ['fr', 'Kerlys Data juge ces informations erronées et récuse tout projet d’alliance avec Orange.'],
    ['fr', 'Kerlys Data affirme qu’un rapprochement avec Orange n’est pas à l’ordre du jour.'],
    ['fr', 'Kerlys Data assure n’avoir jamais discuté avec Orange.'],
    ['en', 'Kerlys Data dismissed talk of a tie-up with Orange as speculation.'],
    ['en', 'Kerlys Data pushed back on reports of a partnership with Orange.'],
    ['en', 'Kerlys Data said a partnership with Orange was not on the table.'],
  ] as const)('%s: %s', (lang, text) => {
    const claims = claimsOf(text, lang, PUB);
    expect(stanceOf(claims, 'Kerlys Data')).toBe('deny');
    expect(stanceOf(claims, 'Orange')).toBeUndefined();
    expect(find(claims, 'agreement', ['Orange', 'Kerlys Data'])[0]?.status).toBe('denied');
  });
  it.each([
    ['fr', 'Orange conteste une amende de l’Autorité et a signé un partenariat avec Kerlys Data.'],
    [
      'en',
      'Orange signed a partnership with Kerlys Data on Monday. Separately, Orange dismissed reports of job cuts.',
    ],
  ] as const)('counter-example, a denial of something else: %s', (lang, text) => {
    const claims = claimsOf(text, lang, PUB);
    expect(find(claims, 'agreement', ['Orange', 'Kerlys Data'])[0]?.status).toBe('confirmed');
  });
});

describe('hedge phrasings make the deal a rumour', () => {
  it.each([
    ['fr', 'Orange est en passe de signer un partenariat avec Kerlys Data.'],
    ['fr', 'Orange prépare un partenariat avec Kerlys Data, glisse-t-on en interne.'],
    ['fr', 'Orange négocie un partenariat avec Kerlys Data.'],
    ['fr', 'Orange a signé un partenariat avec Kerlys Data, selon un courrier interne.'],
    ['en', 'Orange signed a partnership with Kerlys Data, a person with direct knowledge said.'],
    ['en', 'Orange signed a partnership with Kerlys Data, according to a source.'],
    ['en', 'Orange and Kerlys Data are negotiating a partnership.'],
    ['en', 'Orange appears to have signed a partnership with Kerlys Data.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(find(claimsOf(text, lang, PUB), 'agreement', ['Orange', 'Kerlys Data'])[0]?.status).toBe('rumour');
  });
  it.each([
    ['fr', 'Orange a négocié un accord avec Kerlys Data.'],
    ['en', 'Orange has negotiated and signed a partnership with Kerlys Data, the company said.'],
  ] as const)('counter-example, told done: %s', (lang, text) => {
    expect(find(claimsOf(text, lang, PUB), 'agreement', ['Orange', 'Kerlys Data'])[0]?.status).toBe(
      'confirmed',
    );
  });
});

describe('confirmation verbs', () => {
  it.each([
    ['fr', 'agreement', 'Orange et Kerlys Data se rapprochent.'],
    ['fr', 'agreement', 'Orange et Kerlys Data ont entériné leur rapprochement.'],
    ['en', 'agreement', 'Orange has tied up with Kerlys Data.'],
    ['en', 'agreement', 'Orange and Kerlys Data have agreed to work together.'],
    ['en', 'acquisition', 'Orange swallowed Kerlys Data.'],
  ] as const)('%s %s: %s', (lang, kind, text) => {
    const deals = claimsOf(text, lang, PUB).filter((c) => c.kind === kind);
    expect(deals.map((d) => d.status)).toEqual(['confirmed']);
  });
  it.each([
    ['fr', 'Le titre Orange se rapproche de la barre des 10 euros.'],
    ['en', 'Orange swallowed the cost of the Kerlys Data outage.'],
  ] as const)('counter-example, no deal: %s', (lang, text) => {
    expect(
      claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement' || c.kind === 'acquisition'),
    ).toEqual([]);
  });
});

describe('negations, withdrawals and deals that fell through are denied', () => {
  it.each([
    ['fr', 'Orange ne s’alliera pas avec Kerlys Data.'],
    ['fr', 'Orange a jeté l’éponge dans ses discussions avec Kerlys Data.'],
    ['fr', 'Les discussions entre Orange et Kerlys Data ont capoté.'],
    ['fr', 'Le projet de rapprochement entre Orange et Kerlys Data a été abandonné.'],
    ['fr', 'Orange a retiré son offre sur Kerlys Data.'],
    ['fr', 'Orange et Kerlys Data ne sont pas parvenus à un accord.'],
    ['fr', 'Le rachat de Kerlys Data par Orange est tombé à l’eau.'],
    ['fr', 'Orange ne rachètera pas Kerlys Data.'],
    ['en', 'Orange will not partner with Kerlys Data.'],
    ['en', 'Orange withdrew its offer for Kerlys Data.'],
    ['en', 'Orange and Kerlys Data failed to reach an agreement.'],
    ['en', 'No agreement was reached between Orange and Kerlys Data.'],
    ['en', "Orange's bid for Kerlys Data fell through."],
    ['en', 'The merger of Orange and Kerlys Data was blocked.'],
  ] as const)('%s: %s', (lang, text) => {
    const deals = claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement' || c.kind === 'acquisition');
    expect(deals.length).toBe(1);
    expect(deals[0]?.status).toBe('denied');
    expect([...(deals[0]?.parties ?? [])].sort()).toEqual(['Kerlys Data', 'Orange']);
  });
  it.each([
    ['fr', 'Orange a retiré son offre grand public du marché et signé un partenariat avec Kerlys Data.'],
    ['en', 'Orange failed to reach its sales target but signed a partnership with Kerlys Data.'],
    ['en', 'The merger of Orange and Kerlys Data was approved by regulators.'],
  ] as const)('counter-example, something else negated: %s', (lang, text) => {
    const deals = claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement' || c.kind === 'acquisition');
    expect(deals[0]?.status).toBe('confirmed');
  });
});

describe('a denial negated ("n\'a pas démenti", "has not denied") is no denial and no statement', () => {
  it.each([
    ['fr', 'Orange aurait signé un partenariat avec Kerlys Data, ce que Kerlys Data n’a pas démenti.'],
    ['fr', 'Orange aurait signé un partenariat avec Kerlys Data. Faute de démenti, le titre a bondi.'],
    ['en', 'Orange reportedly signed a partnership with Kerlys Data. Kerlys Data did not deny the report.'],
    [
      'en',
      'Orange reportedly signed a partnership with Kerlys Data, and neither company has denied the report.',
    ],
  ] as const)('%s: %s', (lang, text) => {
    const claims = claimsOf(text, lang, PUB);
    expect(find(claims, 'agreement', ['Orange', 'Kerlys Data'])[0]?.status).toBe('rumour');
    expect(claims.filter((c) => c.kind === 'statement' && c.stance === 'deny')).toEqual([]);
  });
  it.each([
    ['fr', 'Orange aurait signé un partenariat avec Kerlys Data. Kerlys Data n’a ni confirmé ni démenti.'],
    [
      'en',
      'Orange reportedly signed a partnership with Kerlys Data. Kerlys Data neither confirmed nor denied the report.',
    ],
  ] as const)('neither confirming nor denying stays a no-comment: %s', (lang, text) => {
    expect(stanceOf(claimsOf(text, lang, PUB), 'Kerlys Data')).toBe('no_comment');
  });
});

describe('an interrogative headline answered by a body that tells the tie-up done', () => {
  it.each([
    [
      'en',
      'Will Orange and Kerlys Data team up?',
      'Orange and Kerlys Data have teamed up to offer cloud storage to hospitals.',
    ],
    [
      'fr',
      'Orange et Kerlys Data vont-ils s’allier ?',
      'Orange et Kerlys Data se sont associés pour proposer du stockage aux hôpitaux.',
    ],
  ] as const)('%s: %s', (lang, title, text) => {
    expect(find(claimsOf(text, lang, PUB, title), 'agreement', ['Orange', 'Kerlys Data'])[0]?.status).toBe(
      'confirmed',
    );
  });
  it.each([
    [
      'en',
      'Will Orange and Kerlys Data team up?',
      'Orange and Kerlys Data could team up to offer cloud storage to hospitals.',
    ],
    [
      'fr',
      'Orange va-t-il racheter Kerlys Data ?',
      'Les analystes s’interrogent sur l’avenir de Kerlys Data.',
    ],
  ] as const)('counter-example, the body hedges or says nothing: %s', (lang, title, text) => {
    const deals = claimsOf(text, lang, PUB, title).filter(
      (c) => c.kind === 'agreement' || c.kind === 'acquisition',
    );
    expect(deals.every((d) => d.status === 'rumour')).toBe(true);
  });
});

describe('a party confirming the report confirms the deal, with a confirm statement', () => {
  it.each([
    ['fr', 'Orange aurait signé un partenariat avec Kerlys Data. Kerlys Data a confirmé l’information.'],
    ['fr', 'Orange aurait signé un partenariat avec Kerlys Data. Interrogé, Kerlys Data confirme.'],
    // The role noun after the verb is the sentence's subject, not the partner named after « avec ».
    ['fr', 'Kerlys Data a signé un partenariat avec Orange, confirme l’entreprise.'],
    [
      'en',
      'Orange reportedly signed a partnership with Kerlys Data. Kerlys Data confirmed the report to Reuters.',
    ],
  ] as const)('%s: %s', (lang, text) => {
    const claims = claimsOf(text, lang, PUB);
    expect(find(claims, 'agreement', ['Orange', 'Kerlys Data'])[0]?.status).toBe('confirmed');
    expect(stanceOf(claims, 'Kerlys Data')).toBe('confirm');
  });
  it.each([
    ['fr', 'Le rachat de Kerlys Data, confirmé par Orange, sera finalisé en mars.', 'Kerlys Data'],
    ['fr', 'Orange confirme ses objectifs annuels.', 'Orange'],
  ] as const)('counter-example, no confirm statement by %s: %s', (lang, text, who) => {
    expect(stanceOf(claimsOf(text, lang, PUB), who)).toBeUndefined();
  });
});

describe("reported speech: the company's own plan in the conditional is confirmed", () => {
  it.each([
    ['fr', 'Orange a expliqué que sa nouvelle offre serait lancée en 2027.'],
    ['fr', 'Orange a indiqué que sa plateforme serait disponible en mars 2027.'],
    ['en', 'Orange said its platform would be available in March 2027.'],
  ] as const)('%s: %s', (lang, text) => {
    const launches = claimsOf(text, lang, PUB).filter((c) => c.kind === 'launch');
    expect(launches.map((l) => l.status)).toEqual(['confirmed']);
  });
  it('counter-example: the same conditional without a speaker is a rumour', () => {
    const launches = claimsOf('La nouvelle offre d’Orange serait lancée en 2027.', 'fr', PUB).filter(
      (c) => c.kind === 'launch',
    );
    expect(launches.every((l) => l.status === 'rumour')).toBe(true);
  });
});
