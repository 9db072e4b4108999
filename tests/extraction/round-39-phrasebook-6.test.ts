import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Classes of misses phrasebook-6 showed, written afresh with invented companies. */
const PUB = '2031-03-05'; // a Wednesday

type Case = [text: string, lang: 'fr' | 'en', parties: string[]];

function expectOne(kind: Claim['kind'], cases: Case[], status?: Claim['status']) {
  for (const [text, lang, parties] of cases)
    it(`${parties.join(' / ')}: ${text.slice(0, 60)}`, () => {
      const found = find(claimsOf(text, lang, PUB), kind, parties);
      expect(found.length).toBe(1);
      if (status !== undefined) expect(found[0]?.status).toBe(status);
    });
}

describe('an unknown name opening the sentence on a trade verb is a company', () => {
  expectOne('acquisition', [
    ['Emballage : Lavancia s’offre son concurrent alsacien Hirsonne.', 'fr', ['Lavancia', 'Hirsonne']],
    [
      'Brassac Outillage s’est offert le fabricant de scies Corvenne.',
      'fr',
      ['Brassac Outillage', 'Corvenne'],
    ],
    ['Kettlewick snaps up Lambourne Fabrics.', 'en', ['Kettlewick', 'Lambourne Fabrics']],
    ['Penhallow snapped up rival Trevose Dairies last week.', 'en', ['Penhallow', 'Trevose Dairies']],
  ]);
  expectOne(
    'acquisition',
    [
      [
        'Wickersley is exploring a bid for rival Cranleigh Instruments, people familiar with the matter said.',
        'en',
        ['Wickersley', 'Cranleigh Instruments'],
      ],
      [
        'Le groupe Bellerose est entré en négociations exclusives pour acquérir Solenval Énergie, selon nos informations.',
        'fr',
        ['Bellerose', 'Solenval Énergie'],
      ],
    ],
    'rumour',
  );
  expectOne('agreement', [
    [
      'Ionara has walked away from its distribution partnership with Lumetra after two years.',
      'en',
      ['Ionara', 'Lumetra'],
    ],
  ]);
  it('a would-be partner "sur le point de conclure" with a nationality noun before the other', () => {
    const claims = claimsOf(
      'Tarvellon serait sur le point de conclure un partenariat industriel avec le japonais Mitsubishi Electric, selon La Lettre.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Tarvellon', 'Mitsubishi Electric'])[0]?.status).toBe('rumour');
  });
  it('a plan to launch reported by an outlet stays a rumour', () => {
    const claims = claimsOf(
      'Kelpforth plans to launch a cheaper version of its smart ring in March, according to The Verge.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Kelpforth'])[0]?.status).toBe('rumour');
  });
});

describe('names listed with a country possessive, an article or a nationality noun are companies', () => {
  expectOne('agreement', [
    [
      'Zellwood Hydrogen and Japan’s Hestiva signed a memorandum of understanding on Wednesday.',
      'en',
      ['Zellwood Hydrogen', 'Hestiva'],
    ],
    [
      'Saulvenne et la SNCF ont prolongé de quatre ans leur contrat de maintenance des rames régionales.',
      'fr',
      ['Saulvenne', 'SNCF'],
    ],
    [
      'Drevanne a noué un partenariat avec l’allemand Kestorf Maschinen pour ses presses.',
      'fr',
      ['Drevanne', 'Kestorf Maschinen'],
    ],
  ]);
  it('a person and a union listed after "the" stay no company', () => {
    const claims = claimsOf(
      'Stellantis and the UAW reached a tentative agreement on Sunday that raises wages.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('a name owning plants, patents or a board is a company', () => {
  expectOne('agreement', [
    [
      'Cerulia will buy all the recycled polyester produced at Datavane’s Leeds plant until 2034, under an agreement the two companies signed last week.',
      'en',
      ['Cerulia', 'Datavane'],
    ],
  ]);
  expectOne('acquisition', [
    [
      'Maplestead’s board has recommended a 610p-a-share cash offer from Harrowgate Capital.',
      'en',
      ['Harrowgate Capital', 'Maplestead'],
    ],
  ]);
  it('a chief executive’s possessive does not make the person listed before a company', () => {
    const claims = claimsOf(
      '"This contract is what makes the project bankable," said Fiona Gallacher, Aldermoor’s chief executive, who added that talks with lenders would conclude in summer.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('renewals, handed-over jobs and exclusive distribution are agreements', () => {
  expectOne('agreement', [
    [
      'Ferlande et Orange ont renouvelé pour trois ans leur partenariat dans la fibre.',
      'fr',
      ['Ferlande', 'Orange'],
    ],
    [
      'Le fabricant de pompes Quervenne a confié la distribution de ses appareils en Espagne à Estravia.',
      'fr',
      ['Quervenne', 'Estravia'],
    ],
    [
      'Le fabricant Quervenne a confié pour cinq ans la distribution de ses appareils en Espagne à Estravia, la filiale ibérique du groupe Saint-Gobain.',
      'fr',
      ['Quervenne', 'Estravia'],
    ],
    [
      'Le réseau de magasins Gorvelle a obtenu l’exclusivité de la distribution des vélos électriques de Lunévent en Bretagne.',
      'fr',
      ['Gorvelle', 'Lunévent'],
    ],
    [
      'Ursanne et Zéphane Robotique mettent en commun leurs bureaux d’études.',
      'fr',
      ['Ursanne', 'Zéphane Robotique'],
    ],
  ]);
  it('two sportsmen extending their partnership sign no business deal', () => {
    const claims = claimsOf(
      'Associés depuis trois saisons, les pilotes de rallye Maëlle Tiberghien et Jonas Ravel ont prolongé leur partenariat jusqu’en 2029.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
  it('the ousted historical provider after its apposition is no side of the new deal', () => {
    const claims = claimsOf(
      'Le transporteur Tournac a été choisi par Leroy Merlin pour livrer ses clients, au détriment de son prestataire historique, Noirlac Logistique.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Tournac', 'Leroy Merlin']).length).toBe(1);
  });
});

describe('a company named as another’s distributor', () => {
  expectOne('agreement', [
    [
      'Bramblecote Foods has named Dunsfold Logistics its sole distributor for chilled meals across Scotland.',
      'en',
      ['Bramblecote Foods', 'Dunsfold Logistics'],
    ],
    [
      'Harwick Tools has appointed Pellingham Supply as its exclusive distributor in Ireland.',
      'en',
      ['Harwick Tools', 'Pellingham Supply'],
    ],
  ]);
  it('a person named to a post is no deal', () => {
    const claims = claimsOf('Norvane has named Tessa Collins its new chief executive.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('offers from the target’s side and raised holdings', () => {
  expectOne(
    'acquisition',
    [
      [
        'Walmsgate has rejected a "derisory" approach from its US rival Knaresby.',
        'en',
        ['Knaresby', 'Walmsgate'],
      ],
    ],
    'denied',
  );
  expectOne('acquisition', [
    [
      'Bpifrance a relevé de 10 à 17 % sa participation dans Jonquière Industries.',
      'fr',
      ['Bpifrance', 'Jonquière Industries'],
    ],
    [
      'Le fonds Arverne a porté à 30 % sa participation au capital de Solmire Énergie.',
      'fr',
      ['Arverne', 'Solmire Énergie'],
    ],
  ]);
  it('strengthening a position in tenders buys nothing', () => {
    const claims = claimsOf(
      'L’opération renforcerait sa position dans les appels d’offres régionaux, juge un analyste chez Kerhuel Bourse.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('labels passed, renewed, issued to or withdrawn from a holder', () => {
  const label = (text: string, lang: 'fr' | 'en', holder: string, name: string, status: Claim['status']) =>
    it(`${holder} ${name}`, () => {
      const c = find(claimsOf(text, lang, PUB), 'certification', [holder])[0];
      expect(c?.kind === 'certification' ? c.label : undefined).toBe(name);
      expect(c?.status).toBe(status);
    });
  label(
    'Le sous-traitant automobile Corbalys a passé avec succès l’évaluation TISAX de ses sites.',
    'fr',
    'Corbalys',
    'TISAX',
    'confirmed',
  );
  label(
    'Elmrose passed its ISO 9001 recertification audit last month.',
    'en',
    'Elmrose',
    'ISO 9001',
    'confirmed',
  );
  label(
    'Renouvelée pour trois ans, la certification HDS de Vézénobres Santé couvre ses deux centres de données.',
    'fr',
    'Vézénobres Santé',
    'HDS',
    'confirmed',
  );
  label(
    'Bureau Veritas a délivré à Tréboul la certification ISO 14001 pour son usine de Roanne.',
    'fr',
    'Tréboul',
    'ISO 14001',
    'confirmed',
  );
  label(
    'L’organisme de formation Belvianne s’est vu retirer sa certification Qualiopi.',
    'fr',
    'Belvianne',
    'Qualiopi',
    'denied',
  );
  label(
    'Calderbank Health has added ISO 27701 certification, awarded by BSI last week.',
    'en',
    'Calderbank Health',
    'ISO 27701',
    'confirmed',
  );
  it('a label still to be passed is no certification', () => {
    const claims = claimsOf('Corbalys espère passer l’évaluation TISAX de ses sites en 2032.', 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'certification')).toEqual([]);
  });
  it('an issuer named with "organisme" is no party of the deal told next', () => {
    const claims = claimsOf(
      'Orbiance a reçu la certification EN 9100, délivrée par l’organisme Afnor Certification pour son site de Labège.',
      'fr',
      PUB,
    );
    expect(claims.every((c) => !c.parties.includes('Afnor Certification'))).toBe(true);
  });
});

describe('the maker of a product named in a launch', () => {
  const launch = (text: string, lang: 'fr' | 'en', maker: string, date: string) =>
    it(`${maker} ${date}`, () => {
      const c = find(claimsOf(text, lang, '2031-06-26'), 'launch', [maker])[0];
      expect(c?.kind === 'launch' ? c.eventDate : undefined).toBe(date);
    });
  launch(
    'Le camion à hydrogène de Dernancourt ne sera pas commercialisé avant 2033, a reconnu son président.',
    'fr',
    'Dernancourt',
    '2033',
  );
  launch(
    'La mise sur le marché du vaccin vétérinaire d’Ornolac est programmée pour le premier trimestre 2032.',
    'fr',
    'Ornolac',
    '2032',
  );
  launch('The launch of the new scooter of Brackenby is set for March 2032.', 'en', 'Brackenby', '2032-03');
});
