import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], title?: string) =>
  claimsOf(text, language, '2029-03-08', title)
    .filter((c) => c.kind === kind)
    .map((c) => ({ parties: [...c.parties].sort(), status: c.status }));

describe("a name the article shows with its 's keeps it everywhere", () => {
  it('takes the fuller form once a non-possessive use shows it', () => {
    const text =
      "Tesco and Pennings's, the Leeds grocer, have signed a logistics partnership. Shares in Pennings's rose 2.1% on Wednesday.";
    expect(of(text, 'en', 'share_move', "Tesco and Pennings's forge logistics tie-up")).toEqual([
      { parties: ["Pennings's"], status: 'confirmed' },
    ]);
    expect(of(text, 'en', 'agreement', "Tesco and Pennings's forge logistics tie-up")).toEqual([
      { parties: ["Pennings's", 'Tesco'], status: 'confirmed' },
    ]);
  });

  it("keeps a plain possessive a possessive when no use shows an 's name", () => {
    expect(
      of(
        "Halbrook Foods said on Monday it had signed a partnership with Orange. Halbrook's shares rose 2%.",
        'en',
        'share_move',
      ),
    ).toEqual([{ parties: ['Halbrook Foods'], status: 'confirmed' }]);
  });
});

describe("a company inside an index's relative clause is no mover", () => {
  it('gives the figure to the index (English)', () => {
    expect(of('The FTSE 100, of which Tesco is a member, ended 0.4% higher.', 'en', 'share_move')).toEqual(
      [],
    );
    expect(
      of('The Stoxx 600, in which Capgemini carries a small weight, fell 1.1%.', 'en', 'share_move'),
    ).toEqual([]);
  });

  it('gives the figure to the index (French)', () => {
    expect(of('Le SBF 120, dont Atos fait partie, a cédé 0,8 % lundi.', 'fr', 'share_move')).toEqual([]);
  });

  it('still reads a company that moves before the index', () => {
    expect(
      of(
        'Tesco rose 2.3% on Monday, while the FTSE 100, of which it is a member, ended flat.',
        'en',
        'share_move',
      ),
    ).toEqual([{ parties: ['Tesco'], status: 'confirmed' }]);
  });
});

describe('pooling purchases through a jointly owned company is an agreement', () => {
  it('reads pooled buying (English)', () => {
    expect(
      of(
        'Casino and Morrisons have agreed to pool their buying of branded goods through a jointly owned company based in Geneva.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Casino', 'Morrisons'], status: 'confirmed' }]);
    expect(
      of(
        'Ashdown Retail and Orange will set up a jointly held company to run their stores in Ireland.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Ashdown Retail', 'Orange'], status: 'confirmed' }]);
  });

  it('reads pooled buying (French)', () => {
    expect(
      of(
        "Système U et Intermarché vont mettre en commun leurs achats de produits d'hygiène à partir de janvier.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Intermarché', 'Système U'], status: 'confirmed' }]);
    expect(
      of(
        "Comptoirs Avelin et Casino ont créé une centrale d'achat commune pour les marques nationales.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Casino', 'Comptoirs Avelin'], status: 'confirmed' }]);
  });

  it('gives nothing for pooling within one company', () => {
    expect(
      of('Tesco will pool its purchasing of fresh produce in a single unit from June.', 'en', 'agreement'),
    ).toEqual([]);
  });
});

describe("a hedge in the comment on a deal ('in a move that could …') stays in that comment", () => {
  it('keeps the deal asserted (English)', () => {
    expect(
      of(
        'Orange and Capgemini have signed a cloud partnership, in a move that analysts said could unsettle rivals.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'confirmed' }]);
    expect(
      of(
        'Airbus has agreed a joint venture with Safran, a step which may reshape the engine market.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Airbus', 'Safran'], status: 'confirmed' }]);
  });

  it('keeps the deal asserted (French)', () => {
    expect(
      of(
        'Orange et Capgemini ont signé un partenariat dans le cloud, une opération qui pourrait bousculer leurs concurrents.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'confirmed' }]);
  });

  it('still hedges a deal itself told with a modal', () => {
    expect(
      of(
        'Orange could sign a partnership with Capgemini, in a move that would reshape the market.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'rumour' }]);
  });
});

describe('a capitalised word glued to a lowercase prefix is an adjective', () => {
  it('names no party', () => {
    expect(
      of(
        'Tesco has signed a cross-Channel logistics partnership with Geodis.',
        'en',
        'agreement',
        'Tesco forges cross-Channel tie-up',
      ),
    ).toEqual([{ parties: ['Geodis', 'Tesco'], status: 'confirmed' }]);
    expect(of('Orange signed a pan-European roaming agreement with Vodafone.', 'en', 'agreement')).toEqual([
      { parties: ['Orange', 'Vodafone'], status: 'confirmed' },
    ]);
  });
});

const launches = (text: string, language: 'fr' | 'en', title?: string) =>
  claimsOf(text, language, '2029-03-08', title)
    .filter((c) => c.kind === 'launch')
    .map((c) => ({
      parties: [...c.parties].sort(),
      status: c.status,
      date: c.kind === 'launch' ? c.eventDate : '',
    }));

describe('a plant, a press or production units entering service are no launch', () => {
  it('gives nothing (English)', () => {
    expect(launches('Orange said the first units are due to enter service in 2030.', 'en')).toEqual([]);
    expect(launches("Capgemini's new press will be commissioned in the second half of 2030.", 'en')).toEqual(
      [],
    );
  });
  it('gives nothing (French)', () => {
    expect(launches('Les premières unités doivent entrer en service en 2030, selon Engie.', 'fr')).toEqual(
      [],
    );
    expect(
      launches(
        "Safran investira 12 millions d'euros dans une nouvelle presse, dont la mise en service est prévue au second semestre 2030.",
        'fr',
      ),
    ).toEqual([]);
  });
  it('still reads an offer entering service', () => {
    expect(launches("Orange's new cloud service will enter service in 2030.", 'en')).toEqual([
      { parties: ['Orange'], status: 'confirmed', date: '2030' },
    ]);
  });
});

describe('who launches: a pronoun subject, a teller in a relative clause, an owner by possessive', () => {
  it('reads a pronoun subject as the company before, not the brand launched', () => {
    expect(
      launches(
        'Groupe Halvane, which owns the Ivra brand, said it would keep all the shops. It also plans to launch a Maison Lirac online store in Italy in October.',
        'en',
      ),
    ).toEqual([{ parties: ['Groupe Halvane'], status: 'confirmed', date: '2029-10' }]);
    expect(
      launches(
        'Groupe Halvane a repris toutes les boutiques de Maison Lirac. Il prévoit aussi de lancer une boutique en ligne Maison Lirac en Italie en octobre.',
        'fr',
      ),
    ).toEqual([{ parties: ['Groupe Halvane'], status: 'confirmed', date: '2029-10' }]);
  });

  it('reads the company telling of the launch inside a relative clause', () => {
    expect(
      launches(
        'Orange and Capgemini have signed a partnership. The two companies will jointly develop a 5G router, which Capgemini said would be commercially available from 2030.',
        'en',
      ),
    ).toEqual([{ parties: ['Capgemini'], status: 'confirmed', date: '2030' }]);
    expect(
      launches(
        'Under the agreement, Thales will supply the sensors for a drone which Airbus expects will be available in 2031.',
        'en',
      ),
    ).toEqual([{ parties: ['Airbus'], status: 'confirmed', date: '2031' }]);
  });

  it("reads an owner's own product as that owner's, not the pair's", () => {
    expect(
      launches(
        "Frasers Group has bought 20% of Kelmar Outdoor. The two companies have agreed that Kelmar's own-brand range will be available in 80 stores from 1 September.",
        'en',
      ),
    ).toEqual([{ parties: ['Kelmar Outdoor'], status: 'confirmed', date: '2029-09-01' }]);
  });

  it("reads 'the service' after the pair's joint offer as the pair's", () => {
    expect(
      launches(
        'Geodis has signed a capacity agreement with Getlink. Under the deal, the two companies will jointly market a new rail shuttle. The service will start on 4 June, Geodis said.',
        'en',
      ),
    ).toEqual([{ parties: ['Geodis', 'Getlink'], status: 'confirmed', date: '2029-06-04' }]);
    expect(
      launches(
        'Geodis a signé un accord avec Getlink. Les deux groupes commercialiseront ensemble une navette ferroviaire. La navette démarrera le 4 juin, a précisé Geodis.',
        'fr',
      ),
    ).toEqual([{ parties: ['Geodis', 'Getlink'], status: 'confirmed', date: '2029-06-04' }]);
  });

  it('gives nothing for a service starting talks or works', () => {
    expect(launches('The service will begin with talks with unions in June.', 'en')).toEqual([]);
  });
});

describe('names: an acronym spelt out, an apostrophe inside a name, a parent in apposition', () => {
  it('takes the words a bracketed acronym spells as one name, and the acronym as that name', () => {
    const text =
      'Le développeur Hélioval et la Compagnie nationale du Rhône (CNR) ont annoncé la création d’une coentreprise. La CNR apportera ses terrains.';
    expect(of(text, 'fr', 'agreement')).toEqual([
      { parties: ['Compagnie nationale du Rhône', 'Hélioval'], status: 'confirmed' },
    ]);
    expect(
      of(
        'Orange has signed a partnership with the Société Lorraine des Transports Routiers (SLTR) on logistics.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Orange', 'Société Lorraine des Transports Routiers'], status: 'confirmed' }]);
  });

  it('keeps a name joined by an apostrophe that is no elision', () => {
    expect(
      of('Val’Ocre et Capgemini ont signé lundi une convention de partenariat.', 'fr', 'agreement'),
    ).toEqual([{ parties: ['Capgemini', 'Val’Ocre'], status: 'confirmed' }]);
    expect(of("Orange has signed a partnership with O'Brien Freight.", 'en', 'agreement')).toEqual([
      { parties: ["O'Brien Freight", 'Orange'], status: 'confirmed' },
    ]);
  });

  it('leaves the parent named in an apposition out of the deal', () => {
    expect(
      of(
        'Le développeur Hélioval et la Compagnie nationale du Rhône (CNR), filiale d’Engie, ont annoncé la création de Rhodasol, une coentreprise solaire.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Compagnie nationale du Rhône', 'Hélioval'], status: 'confirmed' }]);
    expect(
      of(
        'Orange et GRDF, la filiale de distribution de gaz d’Engie, ont signé lundi un partenariat.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['GRDF', 'Orange'], status: 'confirmed' }]);
  });

  it('ends an apposition where ", et" lists the next name of the subject', () => {
    expect(
      of(
        'Valmoris, la coopérative agricole du Gers, et GRDF, la filiale de distribution de gaz d’Engie, ont signé lundi une convention de partenariat sur le territoire de la coopérative.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['GRDF', 'Valmoris'], status: 'confirmed' }]);
    expect(
      of(
        'Kelbrook, the Leeds-based parcel firm, and Geodis, the logistics arm of SNCF, have signed a partnership.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Geodis', 'Kelbrook'], status: 'confirmed' }]);
  });
});

describe('roles: a bracketed short role, a place after a role noun', () => {
  it('learns the bracketed role of the apposition', () => {
    expect(
      launches(
        'Arbelis, l’entreprise de services du numérique (ESN) lyonnaise, a racheté Datanove, un intégrateur nantais. Arbelis proposera l’offre de Datanove à ses clients. L’ESN prépare aussi une offre de cloud, qui ne sera pas commercialisée avant 2031.',
        'fr',
      ),
    ).toEqual([{ parties: ['Arbelis'], status: 'confirmed', date: '2031' }]);
  });

  it('reads a one-word name after "la biotech de" as a place', () => {
    const text =
      'La biotech de Gerland confie ses droits à Sanofi. Ondalys Pharma a signé avec Sanofi un accord de licence. Autre bonne nouvelle pour la biotech : son unité de Saint-Fons a obtenu la certification BPF (bonnes pratiques de fabrication).';
    expect(
      claimsOf(text, 'fr', '2029-03-08')
        .filter((c) => c.kind === 'certification')
        .map((c) => c.parties),
    ).toEqual([['Ondalys Pharma']]);
  });
});

describe('certifications: a capitalised Label name, a possessive after a colon', () => {
  const certs = (text: string) =>
    claimsOf(text, 'fr', '2029-03-08')
      .filter((c) => c.kind === 'certification')
      .map((c) => ({ parties: c.parties, label: c.kind === 'certification' ? c.label : '' }));

  it('keeps "Label" as the first word of a label named so', () => {
    expect(certs('Maison Brenac a obtenu en mars le Label Rouge pour son jambon.')).toEqual([
      { parties: ['Maison Brenac'], label: 'Label Rouge' },
    ]);
    expect(certs('Cartel Bio a décroché le Label Bas-Carbone, attribué par le ministère.')).toEqual([
      { parties: ['Cartel Bio'], label: 'Label Bas-Carbone' },
    ]);
  });

  it('gives the possessed site to the company named before the colon', () => {
    expect(
      certs(
        "Laboratoires Vesna a démenti tout accord avec Novartis. Seule bonne nouvelle pour le laboratoire : son site de Tours a obtenu le certificat de bonnes pratiques de fabrication (BPF) délivré par l'ANSM.",
      ),
    ).toEqual([{ parties: ['Laboratoires Vesna'], label: 'BPF' }]);
  });
});

describe('"ni accord ni négociation", "neither an agreement nor talks" deny both', () => {
  it('denies (French)', () => {
    expect(
      of(
        '« Il n’y a ni accord ni négociation avec Novartis sur ce médicament », a affirmé dans un communiqué Orange.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Novartis', 'Orange'], status: 'denied' }]);
    expect(
      of("Orange assure qu'il n'y a eu ni discussion ni négociation avec Capgemini.", 'fr', 'agreement'),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'denied' }]);
  });
  it('denies (English)', () => {
    expect(
      of(
        '"There is neither an agreement nor negotiations with Novartis," Solvene Labs said in a statement.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Novartis', 'Solvene Labs'], status: 'denied' }]);
  });
  it('still reads a deal that is neither exclusive nor final as a deal', () => {
    expect(
      of('Orange a signé avec Capgemini un accord ni exclusif ni définitif.', 'fr', 'agreement'),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'confirmed' }]);
  });
});

describe('people listed after a plural role noun are people', () => {
  it('gives no agreement for two climbers or sailors', () => {
    expect(
      of(
        'Kestral Gear makes climbing kit. Its profile rose after the climbers Ellie Marsh and Tom Kerrigan, who formed a rope partnership in 2024, opened a new route.',
        'en',
        'agreement',
      ),
    ).toEqual([]);
    expect(
      of(
        'The sailors Anna Ruiz and Paul Fenwold, who formed a partnership last year, will race together.',
        'en',
        'agreement',
      ),
    ).toEqual([]);
  });
  it('still reads two companies listed after a company noun', () => {
    expect(
      of(
        'The retailers Halbrook Stores and Fenmoor Foods formed a buying partnership last year.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Fenmoor Foods', 'Halbrook Stores'], status: 'confirmed' }]);
  });
});
