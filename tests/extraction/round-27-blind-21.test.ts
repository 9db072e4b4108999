import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** One kind's claims as sorted parties, status and the value the kind carries. */
const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], publishedAt = '2031-03-13') =>
  claimsOf(text, language, publishedAt)
    .filter((c) => c.kind === kind)
    .map((c) => ({
      parties: [...c.parties].sort(),
      status: c.status,
      ...(c.kind === 'statement' ? { stance: c.stance } : {}),
      ...(c.kind === 'share_move' ? { percent: c.percent, eventDate: c.eventDate } : {}),
      ...(c.kind === 'launch' ? { eventDate: c.eventDate } : {}),
    }));

const partiesOf = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, '2031-03-13').map((c) => [...c.parties].sort());

// 2031-03-13 is a Thursday.
describe('world regions, ordinals and currency codes are never parties', () => {
  it('leaves continents and regions out of a deal', () => {
    expect(
      of(
        'Halden Foods et Moravia Snacks ont signé un accord de distribution qui ouvrira à Moravia une centaine de points de vente en Asie et au Moyen-Orient.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Halden Foods', 'Moravia Snacks'], status: 'confirmed' }]);
    expect(
      of(
        'Tessel Robotics and Aubrac Motion signed a licensing agreement covering Latin America and Africa.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Aubrac Motion', 'Tessel Robotics'], status: 'confirmed' }]);
    expect(
      of(
        "Kervalis a conclu un partenariat avec Brennor pour l'Amérique latine et l'Asie-Pacifique.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Brennor', 'Kervalis'], status: 'confirmed' }]);
  });

  it('reads "1er" as a date and "CHF 25 million" as an amount', () => {
    for (const parties of partiesOf(
      "Vantor Assurances a signé un accord avec Clémène. L'assureur commercialisera les contrats de Clémène dès le 1er janvier 2032.",
      'fr',
    ))
      expect(parties).not.toContain('1er');
    for (const parties of partiesOf(
      'Halvorsen Bank agreed to buy Kestrel Partners. The acquisition of Kestrel Partners by Halvorsen Bank is expected to add to earnings from 2033, excluding costs of around CHF 25 million.',
      'en',
    ))
      expect(parties).not.toContain('CHF');
    for (const parties of partiesOf(
      'Dornach Bank agreed to buy Lisière Gestion for EUR 310 million, it said on Thursday.',
      'en',
    ))
      expect(parties).not.toContain('EUR');
  });
});

describe('rents, occupancy and traffic rising are no share moves', () => {
  it('gives nothing for a market quantity opening the sentence', () => {
    expect(of('Student rents rose about 7% this academic year across the UK.', 'en', 'share_move')).toEqual(
      [],
    );
    expect(
      of('Hotel occupancy climbed 4% in August, while Office rents fell 3%.', 'en', 'share_move'),
    ).toEqual([]);
    expect(
      of(
        'Les loyers étudiants ont progressé de 7 % cette année, et la fréquentation a grimpé de 4 %.',
        'fr',
        'share_move',
      ),
    ).toEqual([]);
  });

  it('keeps a company moving beside them', () => {
    expect(
      of('Moorgate shares soared 27.5% on Thursday, while Corbury fell 3.1%.', 'en', 'share_move'),
    ).toEqual([
      { parties: ['Moorgate'], status: 'confirmed', percent: 27.5, eventDate: '2031-03-13' },
      { parties: ['Corbury'], status: 'confirmed', percent: 3.1, eventDate: '2031-03-13' },
    ]);
  });
});

describe('a day set beside a news noun dates the news, not the move', () => {
  it('dates the moves by the session', () => {
    expect(
      of(
        "Le SMI a cédé 0,8 % jeudi. Dornach Bank a progressé de 0,9 %, toujours porté par l'annonce, mardi, du rachat de Lisière Gestion, tandis que Vantor Re perdait 1,4 %.",
        'fr',
        'share_move',
      ),
    ).toEqual([
      { parties: ['Dornach Bank'], status: 'confirmed', percent: 0.9, eventDate: '2031-03-13' },
      { parties: ['Vantor Re'], status: 'confirmed', percent: 1.4, eventDate: '2031-03-13' },
    ]);
    expect(
      of(
        'Markets fell on Thursday. Halvorsen Bank rose 2.1%, still lifted by the announcement on Tuesday of its purchase of Kestrel Partners.',
        'en',
        'share_move',
      ),
    ).toEqual([{ parties: ['Halvorsen Bank'], status: 'confirmed', percent: 2.1, eventDate: '2031-03-13' }]);
  });

  it('still dates a move by its own day', () => {
    expect(
      of("L'action Dornach Bank a progressé de 0,9 % mardi après l'annonce du rachat.", 'fr', 'share_move'),
    ).toEqual([{ parties: ['Dornach Bank'], status: 'confirmed', percent: 0.9, eventDate: '2031-03-11' }]);
  });
});

describe('the subject told again by its role noun speaks for itself', () => {
  it('keeps the plan it tells in the conditional confirmed', () => {
    expect(
      of(
        "Halvorsen Bank has agreed to buy a 60% stake in Kestrel Partners. The Norwegian lender said on Friday that Kestrel's founders would keep the remaining 40% and would be able to sell it to Halvorsen Bank from 2033.",
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Halvorsen Bank', 'Kestrel Partners'], status: 'confirmed' }]);
    expect(
      of(
        "Dornach Capital has agreed to buy 55% of Lisière Gestion. Switzerland's third-biggest asset manager said that the founders would be able to sell the rest to Dornach Capital in 2034.",
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Dornach Capital', 'Lisière Gestion'], status: 'confirmed' }]);
  });
});

describe('a would-be buyer ruling a bid out denies it', () => {
  it('denies the takeover and makes a denial statement', () => {
    const en =
      'Frasers Group has ruled out a bid for Ellerby & Crane, ending weeks of speculation after it built a 12% stake last month.';
    expect(of(en, 'en', 'acquisition')).toEqual([
      { parties: ['Ellerby & Crane', 'Frasers Group'], status: 'denied' },
    ]);
    expect(of(en, 'en', 'statement')).toEqual([
      { parties: ['Frasers Group'], status: 'denied', stance: 'deny' },
    ]);
    expect(
      of(
        'In a statement on Wednesday, Halvorsen Bank said it “does not intend to make an offer” for Kestrel Partners.',
        'en',
        'statement',
      ),
    ).toEqual([{ parties: ['Halvorsen Bank'], status: 'denied', stance: 'deny' }]);
    expect(
      of(
        'Le groupe Ardenal a exclu toute offre sur Kervalis, mettant fin à des semaines de spéculations.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Ardenal', 'Kervalis'], status: 'denied' }]);
    expect(
      of(
        "Ardenal n'a pas l'intention de déposer une offre sur Kervalis, a indiqué un porte-parole.",
        'fr',
        'statement',
      ),
    ).toEqual([{ parties: ['Ardenal'], status: 'denied', stance: 'deny' }]);
  });

  it('gives nothing for other things ruled out', () => {
    expect(partiesOf('Analysts ruled out a recovery in margins before 2033.', 'en')).toEqual([]);
  });

  it('keeps the speaker of a bare quote after a quote naming the target', () => {
    expect(
      of(
        'Nolvik on Wednesday denied that it was negotiating to buy Tarnwell Networks. "There are no negotiations with Tarnwell," the company said. "We do not intend to make an offer."',
        'en',
        'statement',
      ),
    ).toEqual([{ parties: ['Nolvik'], status: 'denied', stance: 'deny' }]);
  });
});

describe('declining to say whether is no comment', () => {
  it('makes a no-comment statement', () => {
    expect(
      of(
        'Frasers Group has bought a 12% stake in Ellerby & Crane. Frasers, which has built similar positions in other retailers, declined to say whether it was considering a full bid.',
        'en',
        'statement',
      ),
    ).toEqual([{ parties: ['Frasers Group'], status: 'rumour', stance: 'no_comment' }]);
    expect(
      of(
        "Ardenal a pris 12 % de Kervalis. Ardenal a refusé de dire s'il envisageait une offre sur la totalité du capital.",
        'fr',
        'statement',
      ),
    ).toEqual([{ parties: ['Ardenal'], status: 'rumour', stance: 'no_comment' }]);
    expect(
      of(
        "Ardenal a pris 12 % de Kervalis. Ardenal n'a pas voulu préciser s'il envisageait une offre.",
        'fr',
        'statement',
      ),
    ).toEqual([{ parties: ['Ardenal'], status: 'rumour', stance: 'no_comment' }]);
  });

  it('gives nothing for terms left undisclosed', () => {
    expect(
      of(
        'Halvorsen Bank has agreed to buy Kestrel Partners. It declined to disclose the fees.',
        'en',
        'statement',
      ),
    ).toEqual([]);
  });
});

describe('growers and cellars head company names with their "de" complement', () => {
  it('keeps the whole name', () => {
    expect(
      of(
        'Le meunier Moulins Graincourt a finalisé jeudi le rachat des Vergers de Rance, un producteur de cidres.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Moulins Graincourt', 'Vergers de Rance'], status: 'confirmed' }]);
    expect(
      of('Le groupe Savencia a racheté les Jardins de Loire, un maraîcher nantais.', 'fr', 'acquisition'),
    ).toEqual([{ parties: ['Jardins de Loire', 'Savencia'], status: 'confirmed' }]);
    expect(
      of(
        'Les Caves de Montauzan, dont le vin a obtenu le label HVE en 2025, emploient 40 salariés.',
        'fr',
        'certification',
      ),
    ).toEqual([{ parties: ['Caves de Montauzan'], status: 'confirmed' }]);
  });
});

describe('a stake taken "de la manufacture" is no share move', () => {
  it('gives the acquisition only', () => {
    const fr =
      'Kering entre au capital de Montres Brévalaz. Le groupe de luxe prend 24,5 % de la manufacture de la vallée de Joux.';
    expect(of(fr, 'fr', 'share_move')).toEqual([]);
    expect(of(fr, 'fr', 'acquisition')).toEqual([
      { parties: ['Kering', 'Montres Brévalaz'], status: 'confirmed' },
    ]);
    expect(
      of('Halvorsen Bank takes 30% of Kestrel Partners in a deal worth £40m.', 'en', 'share_move'),
    ).toEqual([]);
  });

  it('keeps a stock gaining "de plus"', () => {
    expect(of("L'action Ardenal prend 3 % de plus à la clôture mardi.", 'fr', 'share_move')).toEqual([
      { parties: ['Ardenal'], status: 'confirmed', percent: 3, eventDate: '2031-03-11' },
    ]);
  });
});

describe('an old denial recalled after a preposition is background', () => {
  it('makes no denial of the deal now done', () => {
    const fr =
      "Kering a annoncé lundi l'acquisition de 24,5 % du capital de Montres Brévalaz. Le groupe de luxe prend 24,5 % de la manufacture, trois semaines après un démenti que beaucoup jugeaient définitif.";
    expect(of(fr, 'fr', 'statement')).toEqual([]);
    expect(of(fr, 'fr', 'acquisition')).toEqual([
      { parties: ['Kering', 'Montres Brévalaz'], status: 'confirmed' },
    ]);
    expect(
      of(
        'Halvorsen Bank agreed on Monday to buy 24.5% of Kestrel Partners, three weeks after a denial that many had taken as final.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Halvorsen Bank', 'Kestrel Partners'], status: 'confirmed' }]);
  });

  it('keeps a denial made now', () => {
    expect(of('Ardenal a démenti lundi toute discussion avec Kervalis.', 'fr', 'statement')).toEqual([
      { parties: ['Ardenal'], status: 'denied', stance: 'deny' },
    ]);
  });
});

describe('a registry name followed by the rest of a longer company name', () => {
  it('takes the full name as written', () => {
    expect(
      of(
        'Corbury Estates and Allianz Real Estate have formed a 50/50 joint venture to build rental homes.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Allianz Real Estate', 'Corbury Estates'], status: 'confirmed' }]);
    expect(
      of('SNCF Voyageurs et Kalvia Croisières ont signé mardi un partenariat.', 'fr', 'agreement'),
    ).toEqual([{ parties: ['Kalvia Croisières', 'SNCF Voyageurs'], status: 'confirmed' }]);
  });

  it('keeps the maker of a product named after it, and a division', () => {
    expect(
      of('Microsoft Teams will be available to Kestrel clients from June 2032.', 'en', 'launch'),
    ).toEqual([{ parties: ['Microsoft'], status: 'confirmed', eventDate: '2032-06' }]);
    expect(
      of(
        'Siemens Digital Industries and Kalvia Rail signed a maintenance agreement on Monday.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Kalvia Rail', 'Siemens'], status: 'confirmed' }]);
  });
});

describe('a pronoun or a demonstrative offer right after a deal is the pair', () => {
  it('launches with both companies', () => {
    expect(
      of(
        'Kering et Montres Brévalaz ont signé un accord de distribution. Ils prévoient aussi une collection commune, qui sera disponible en boutique à partir de mars 2032.',
        'fr',
        'launch',
      ),
    ).toEqual([{ parties: ['Kering', 'Montres Brévalaz'], status: 'confirmed', eventDate: '2032-03' }]);
    expect(
      of(
        'Transdev et Kalvia Croisières ont signé mardi un partenariat pour vendre des séjours combinant train et croisière. Ces forfaits seront commercialisés à partir du 15 janvier 2032 sur le site de Kalvia.',
        'fr',
        'launch',
      ),
    ).toEqual([{ parties: ['Kalvia Croisières', 'Transdev'], status: 'confirmed', eventDate: '2032-01-15' }]);
    expect(
      of(
        "Halden Rail and Kestrel Cruises signed a partnership on Tuesday to sell rail-and-river holidays. These packages will go on sale on 15 January 2032 on Kestrel's website.",
        'en',
        'launch',
      ),
    ).toEqual([
      { parties: ['Halden Rail', 'Kestrel Cruises'], status: 'confirmed', eventDate: '2032-01-15' },
    ]);
  });

  it('leaves a pronoun further away to the sentence', () => {
    expect(
      of(
        'Halden Rail and Kestrel Cruises signed a partnership on Tuesday. Analysts were cautious. They expect trips to be available in 2032.',
        'en',
        'launch',
      ).filter((c) => c.parties.length === 2),
    ).toEqual([]);
  });
});

describe('a bank bought with its article and named later without its legal form', () => {
  it('reads "racheter la Banque …" and "Ruedin" as the bank', () => {
    const fr =
      "Julius Baer serait entré en négociations exclusives pour racheter la Banque Ruedin & Cie. Julius Baer s'est refusé à tout commentaire. Chez Ruedin, on indiquait mercredi soir ne pas commenter « les rumeurs de marché ».";
    expect(of(fr, 'fr', 'acquisition')).toEqual([
      { parties: ['Banque Ruedin & Cie', 'Julius Baer'], status: 'rumour' },
    ]);
    expect(of(fr, 'fr', 'statement')).toEqual([
      { parties: ['Julius Baer'], status: 'rumour', stance: 'no_comment' },
      { parties: ['Banque Ruedin & Cie'], status: 'rumour', stance: 'no_comment' },
    ]);
    expect(
      of(
        'Le groupe Ardenal a repris les Celliers de Loire SA. Celliers de Loire a refusé tout commentaire.',
        'fr',
        'acquisition',
      ),
      // The article also writes the name alone: its SA is a legal form, no word of the name (round 21).
    ).toEqual([{ parties: ['Ardenal', 'Celliers de Loire'], status: 'confirmed' }]);
  });
});

describe('the company whose stock moved explains its own move', () => {
  it('adds no other party for "after the group said"', () => {
    const en =
      'Banque Duvernoy has signed an agreement with Microsoft. Temenos shares rose 5.5% on Wednesday after the banking software group said it had won a core-banking contract from a large Gulf lender.';
    expect(of(en, 'en', 'agreement')).toEqual([
      { parties: ['Banque Duvernoy', 'Microsoft'], status: 'confirmed' },
    ]);
    expect(
      of(
        'Ardenal a signé un accord avec Kervalis. L’action Solvane a bondi de 4 % mardi après que le groupe chimique a annoncé un partenariat avec un industriel chinois.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Ardenal', 'Kervalis'], status: 'confirmed' }]);
  });

  it('keeps a partner it names', () => {
    expect(
      of(
        'Banque Duvernoy has signed an agreement with Microsoft. Temenos shares rose 5.5% on Wednesday after it said it had signed a partnership with Kalvia Systems.',
        'en',
        'agreement',
      ),
    ).toEqual([
      { parties: ['Banque Duvernoy', 'Microsoft'], status: 'confirmed' },
      { parties: ['Kalvia Systems', 'Temenos'], status: 'confirmed' },
    ]);
  });
});

describe("an analyst's rating is no purchase", () => {
  it('gives the move only', () => {
    const en =
      'Tom Aldridge is an analyst at Ardgowan Research. Richemont shares rose 1.1% on Tuesday after a broker upgraded the Geneva-based group to “buy”, citing resilient demand.';
    expect(of(en, 'en', 'acquisition')).toEqual([]);
    expect(of(en, 'en', 'share_move')).toHaveLength(1);
    expect(
      of(
        'Kestrel Partners rose 2% after Halvorsen Securities moved the stock to a buy rating.',
        'en',
        'acquisition',
      ),
    ).toEqual([]);
    expect(
      of(
        "L'action Solvane a bondi de 4 % mardi après qu'Oddo a relevé sa recommandation à l'achat sur le titre.",
        'fr',
        'acquisition',
      ),
    ).toEqual([]);
  });

  it('keeps a purchase', () => {
    expect(of('Halvorsen Bank agreed to buy Kestrel Partners on Tuesday.', 'en', 'acquisition')).toEqual([
      { parties: ['Halvorsen Bank', 'Kestrel Partners'], status: 'confirmed' },
    ]);
  });
});

describe('companies said not to be associated with a deal are no parties', () => {
  it('leaves "n\'y sont pas associés" out', () => {
    expect(
      of(
        "Le partenariat ne concerne pas les hyperscalers américains: Microsoft et Google, qui exploitent déjà des régions cloud à Zurich, n'y sont pas associés, a souligné Swisscom.",
        'fr',
        'agreement',
      ),
    ).toEqual([]);
    expect(
      of(
        "Swisscom et Rochenoire Data ont signé un partenariat. Microsoft et Google n'y sont pas associés.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Rochenoire Data', 'Swisscom'], status: 'confirmed' }]);
    expect(
      of(
        "Swisscom et Rochenoire Data ont signé un partenariat. Orange n'en fait pas partie.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Rochenoire Data', 'Swisscom'], status: 'confirmed' }]);
  });
});

describe('a town after a place preposition heads no subject', () => {
  it('never makes the town a party', () => {
    const texts: [string, 'fr' | 'en', string][] = [
      [
        'Danone a signé lundi un partenariat avec Terres de Brière, une coopérative laitière. La laiterie de la coopérative à Pontchâteau, qui transformera une partie des volumes, a obtenu en juillet la certification FSSC 22000.',
        'fr',
        'Pontchâteau',
      ],
      [
        'Kervalis a signé un partenariat avec Danone. La fromagerie de la coopérative à Saint-Malo, qui emploie 80 personnes, a obtenu en juin la certification IFS Food.',
        'fr',
        'Saint-Malo',
      ],
      [
        "Kestrel Foods signed a supply deal with Danone. The cooperative's dairy in Cheddar, which employs 80 people, obtained BRCGS certification in June.",
        'en',
        'Cheddar',
      ],
    ];
    for (const [text, language, town] of texts)
      for (const parties of partiesOf(text, language)) expect(parties).not.toContain(town);
  });

  it('keeps a company heading its clause', () => {
    expect(
      of(
        'Kervalis a signé un partenariat avec Danone. Basée à Lyon, Orvane, qui emploie 80 personnes, a obtenu en juin la certification IFS Food.',
        'fr',
        'certification',
      ),
    ).toEqual([{ parties: ['Orvane'], status: 'confirmed' }]);
  });
});

describe('a denial dated weeks before the deal now agreed', () => {
  it('keeps the deal confirmed', () => {
    expect(
      of(
        'Kering on Monday agreed to buy 24.5% of Montres Brévalaz for CHF 236m, three weeks after the Swiss watchmaker publicly denied any talks with the French group.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Kering', 'Montres Brévalaz'], status: 'confirmed' }]);
    expect(
      of(
        'Halvorsen Bank agreed to buy Kestrel Partners on Monday, only weeks after Kestrel had flatly denied any approach.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Halvorsen Bank', 'Kestrel Partners'], status: 'confirmed' }]);
    expect(
      of(
        'Kering a racheté lundi 24,5 % de Montres Brévalaz, trois semaines après que la manufacture a publiquement démenti toute discussion.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Kering', 'Montres Brévalaz'], status: 'confirmed' }]);
  });

  it('keeps a denial made now', () => {
    expect(
      of(
        'Halvorsen Bank denied on Monday that it was in talks to buy Kestrel Partners.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Halvorsen Bank', 'Kestrel Partners'], status: 'denied' }]);
  });
});

describe('"an offer for the company" is for the company the takeover told is for', () => {
  it('denies the rival bidder’s takeover of that company', () => {
    expect(
      of(
        'Corbury Estates has agreed to buy Moorgate Living. Unite Group, which had been linked with Moorgate in press reports, said on Friday that it had not made an offer for the company and did not intend to.',
        'en',
        'acquisition',
      ),
    ).toEqual([
      { parties: ['Corbury Estates', 'Moorgate Living'], status: 'confirmed' },
      { parties: ['Moorgate Living', 'Unite Group'], status: 'denied' },
    ]);
    expect(
      of(
        'Corbury Estates has agreed to buy Moorgate Living. Halvorsen Capital, a rival bidder, said it had made no offer for the group.',
        'en',
        'acquisition',
      ),
    ).toEqual([
      { parties: ['Corbury Estates', 'Moorgate Living'], status: 'confirmed' },
      { parties: ['Halvorsen Capital', 'Moorgate Living'], status: 'denied' },
    ]);
  });

  it('reads no takeover when the story told none', () => {
    expect(
      of(
        'Corbury Estates and Halvorsen Capital signed a partnership. Kestrel said it had not made an offer for the company.',
        'en',
        'acquisition',
      ),
    ).toEqual([]);
  });
});

describe('a stake "dans son capital" beside a deal is in the partner', () => {
  it('gives the stake to the subject in the partner', () => {
    expect(
      of(
        'Zurich Insurance a signé un accord de distribution avec Clairvie, une jeune pousse lausannoise, et prend à cette occasion une participation minoritaire de 15 % dans son capital, ont annoncé mercredi les deux sociétés.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Clairvie', 'Zurich Insurance'], status: 'confirmed' }]);
    expect(
      of(
        'Halvorsen Bank signed a distribution deal with Kestrel Partners and is taking a 10% stake in its capital, the two firms said on Tuesday.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Halvorsen Bank', 'Kestrel Partners'], status: 'confirmed' }]);
    expect(
      of(
        'Ardenal a signé un partenariat avec Kervalis et entre à cette occasion à son capital.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Ardenal', 'Kervalis'], status: 'confirmed' }]);
  });

  it('gives none for a company raising its own capital, nor to the partner when a third one comes in', () => {
    expect(
      of(
        "La jeune pousse Altaris avait signé en 2026 un bail avec Orange pour son site de Lannion, avant de faire entrer Kervalis à son capital, à hauteur de 12 %, l'année suivante.",
        'fr',
        'acquisition',
      ).filter((c) => c.parties.includes('Orange')),
    ).toEqual([]);
    expect(
      of('Ardenal, qui a signé avec Kervalis, a augmenté de 5 % son capital.', 'fr', 'acquisition'),
    ).toEqual([]);
  });
});

describe('a wire dateline names no release', () => {
  it('gives no launch for "/X Releases/"', () => {
    expect(
      of(
        'ZURICH, Sept. 29, 2031 /Tollgate Releases/ -- Halvorsen Bank today announced that it has signed an agreement to acquire Kestrel Partners.',
        'en',
        'launch',
      ),
    ).toEqual([]);
    expect(
      of(
        'OSLO, March 3, 2031 /Nordic Wire Releases/ -- Kestrel Systems today said its fleet platform will be available from April 2031.',
        'en',
        'launch',
      ),
    ).toEqual([{ parties: ['Kestrel Systems'], status: 'confirmed', eventDate: '2031-04' }]);
  });
});

describe('short forms of a name with and without its legal form', () => {
  it('reads the short name as the fullest one', () => {
    const fr =
      'Dornach Bank serait entré en négociations pour racheter la Banque Lisière & Cie. Chez Lisière, on indiquait ne pas commenter « les rumeurs de marché ».';
    const claims = claimsOf(
      fr,
      'fr',
      '2031-03-13',
      'Dornach Bank en négociations pour racheter la Banque Lisière',
    );
    expect(claims.filter((c) => c.kind === 'statement').map((c) => c.parties)).toEqual([
      ['Banque Lisière & Cie'],
    ]);
    expect(claims.filter((c) => c.kind === 'acquisition').map((c) => [...c.parties].sort())).toEqual([
      ['Banque Lisière & Cie', 'Dornach Bank'],
    ]);
  });
});

describe('a registry name extended in a party slot', () => {
  it('keeps the longer name after "with"', () => {
    expect(
      of(
        'Corbury Estates said on Monday that Harbour Lane, the joint venture it formed with Allianz Real Estate last month, was not affected.',
        'en',
        'agreement',
      ).filter((c) => c.parties.includes('Allianz')),
    ).toEqual([]);
  });
});

describe('a website put online is a launch', () => {
  it('reads "mis en ligne" and "mettra en ligne"', () => {
    expect(
      of(
        'Kervalis a signé avec Orange. Le nouveau site marchand de Kervalis ne sera pas mis en ligne avant le printemps 2032.',
        'fr',
        'launch',
      ),
    ).toEqual([{ parties: ['Kervalis'], status: 'confirmed', eventDate: '2032' }]);
    expect(of('Kervalis mettra en ligne son nouveau site marchand en mars 2032.', 'fr', 'launch')).toEqual([
      { parties: ['Kervalis'], status: 'confirmed', eventDate: '2032-03' },
    ]);
    expect(of('Kestrel Foods will launch its new online store in March 2032.', 'en', 'launch')).toEqual([
      { parties: ['Kestrel Foods'], status: 'confirmed', eventDate: '2032-03' },
    ]);
  });

  it('gives none for a production site', () => {
    expect(of('Le site de production de Kervalis sera mis en service en mars 2032.', 'fr', 'launch')).toEqual(
      [],
    );
  });
});

describe('a scheme rating awarded is a certification', () => {
  it('reads the scheme as the label', () => {
    const label = (text: string) =>
      claimsOf(text, 'en', '2031-03-13')
        .filter((c) => c.kind === 'certification')
        .map((c) => (c.kind === 'certification' ? [c.parties, c.label] : []));
    expect(
      label(
        'Corbury Estates said its new headquarters in Leeds had been awarded a BREEAM Outstanding rating, the highest level of the scheme.',
      ),
    ).toEqual([[['Corbury Estates'], 'BREEAM']]);
    expect(label('Kestrel Homes has been awarded a five-star GRESB rating.')).toEqual([
      [['Kestrel Homes'], 'GRESB'],
    ]);
  });

  it('gives none for a credit grade or a rating sought', () => {
    expect(of('Kestrel Homes has been awarded an AA- rating by S&P.', 'en', 'certification')).toEqual([]);
    expect(
      of(
        'Kestrel Homes intends to seek a five-star GRESB rating for the enlarged portfolio.',
        'en',
        'certification',
      ),
    ).toEqual([]);
  });
});

describe('a trigger word inside a title-case name triggers nothing', () => {
  it('gives no launch for an audit or a programme named so', () => {
    expect(of('Valtaro Airways passed its IATA Operational Safety Audit in August.', 'en', 'launch')).toEqual(
      [],
    );
    expect(of('Kestrel Rail joined the European Live Freight Initiative in June.', 'en', 'launch')).toEqual(
      [],
    );
  });

  it('keeps a launch word after a name', () => {
    expect(of('Kestrel Systems will be available in March 2032.', 'en', 'launch')).toEqual([
      { parties: ['Kestrel Systems'], status: 'confirmed', eventDate: '2032-03' },
    ]);
  });
});

describe('a stake sold "à" a buyer whose name extends a registry acronym', () => {
  it('reads the buyer after a percentage and a long object', () => {
    expect(
      of(
        'Nous avons signé en juillet la cession de 40 % de Belvédène Logistique à AXA IM Alts, pour 186 millions d’euros.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['AXA IM Alts', 'Belvédène Logistique'], status: 'confirmed' }]);
    expect(
      of(
        'Kervalis a finalisé en juillet la cession de 40 % de Kervalis Logistique à Ardenal.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Ardenal', 'Kervalis Logistique'], status: 'confirmed' }]);
    expect(
      of('Kervalis a cédé en juillet 40 % de Kervalis Logistique à Ardenal.', 'fr', 'acquisition'),
    ).toEqual([{ parties: ['Ardenal', 'Kervalis Logistique'], status: 'confirmed' }]);
  });

  it('gives none for ground given up in a town', () => {
    expect(of('Kervalis a cédé du terrain en juillet à Lyon.', 'fr', 'acquisition')).toEqual([]);
  });
});
