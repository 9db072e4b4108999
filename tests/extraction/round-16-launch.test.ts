import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 16, launches announced for later: an offer a company "would not sell before" a date, « ne vendra rien
 * avant », « ouvrirons notre offre », a venture taken up by « elle », and the status of such a date (a company's own
 * reported words confirm it, an outlet's or a leaked document's keep it a rumour). And what is no launch: a supply
 * contract's bare deliveries, a wire dateline. Every sentence is invented for this file.
 */
const PUB = '2029-03-15';
const launches = (claims: ReturnType<typeof claimsOf>) => claims.filter((c) => c.kind === 'launch');
const dated = (claims: ReturnType<typeof claimsOf>, parties: string[]) =>
  find(claims, 'launch', parties).map((c) => (c.kind === 'launch' ? [c.eventDate, c.bound, c.status] : []));

describe('an offer sold later, told by the verb of selling', () => {
  it('"would not sell a certified service before 2031": a bound, the speaker’s own plan', () => {
    const claims = claimsOf(
      'Brennock Cloud, the sovereign hosting venture of Ferrant Group and Oldcastle Data, said on Monday that Brennock Cloud would not sell a certified service before 2031.',
      'en',
      PUB,
    );
    expect(dated(claims, ['Brennock Cloud'])).toEqual([['2031', 'not_before', 'confirmed']]);
  });

  it('"will market colocation and private cloud services … from June 2030": four words before the object noun', () => {
    const claims = claimsOf(
      'Telvanor Networks will market colocation and sovereign cloud services to its business customers from June 2030.',
      'en',
      PUB,
    );
    expect(
      find(claims, 'launch', ['Telvanor Networks']).map((c) => (c.kind === 'launch' ? c.eventDate : '')),
    ).toEqual(['2030-06']);
  });

  it('"would not sell its stake before 2031": a holding kept, no offer', () => {
    const claims = claimsOf(
      'Harwick Capital said it would not sell its stake in Dunmere Foods before 2031.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });

  it('« Marvelis ne vendra rien avant le second semestre 2030 »: a bound on a future offer', () => {
    const claims = claimsOf(
      'Marvelis, la coentreprise de Vinci et Orange, a été créée en janvier. Marvelis ne vendra rien avant le second semestre 2030, le temps de construire ses deux centres de calcul.',
      'fr',
      PUB,
    );
    expect(dated(claims, ['Marvelis'])).toEqual([['2030', 'not_before', 'confirmed']]);
  });

  it('« ne vendra pas ses parts avant 2031 »: a shareholder’s lock-up, no offer', () => {
    const claims = claimsOf(
      'Le fonds Ardoise Partenaires ne vendra pas ses parts dans Quessant Industrie avant 2031, selon le pacte signé mardi.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });

  it('« Nous ouvrirons notre offre … au second trimestre 2030 »: the interviewed company’s own offer', () => {
    const claims = claimsOf(
      'Entretien avec Lucie Marrec, présidente de Brumaire Hébergement. « Nous ouvrirons notre offre de stockage souverain au second trimestre 2030, dans notre centre de Brest. »',
      'fr',
      PUB,
    );
    expect(
      find(claims, 'launch', ['Brumaire Hébergement']).map((c) => (c.kind === 'launch' ? c.eventDate : '')),
    ).toEqual(['2030']);
  });
});

describe('a venture taken up by a pronoun', () => {
  it('« La coentreprise fournira d’abord X ; elle proposera … à partir de 2031 »: the venture, not its first customer', () => {
    const claims = claimsOf(
      'Stellantis et Orvalis ont créé la coentreprise Ferrolis, qui produira des moteurs électriques à Trémery. La coentreprise fournira d’abord les utilitaires de Stellantis ; elle proposera ses moteurs à d’autres constructeurs à partir de 2031.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Ferrolis']).map((c) => (c.kind === 'launch' ? c.eventDate : ''))).toEqual(
      ['2031'],
    );
    expect(launches(claims).filter((c) => c.parties.includes('Stellantis'))).toEqual([]);
  });

  it('"named X, a former …, as its chief executive": a person appointed, not the venture’s name', () => {
    const claims = claimsOf(
      'Corvelle, the trusted-cloud venture of Atos and Nokia, named Martine Lescure, a former head of sales at a French bank, as its chief executive on Monday. Lescure said Corvelle would not sell any services before the first half of 2030.',
      'en',
      PUB,
    );
    expect(dated(claims, ['Corvelle'])).toEqual([['2030', 'not_before', 'confirmed']]);
    expect(launches(claims).filter((c) => c.parties.includes('Martine Lescure'))).toEqual([]);
  });

  it('"X, the joint venture formed by A and B, has signed an agreement with C": the venture and C', () => {
    const claims = claimsOf(
      'Quillane, the joint venture formed last year by Ardent Systems and Google Cloud, has signed an agreement with Proximus to provide encrypted links between its data centres.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Quillane', 'Proximus'])).toHaveLength(1);
    // The founding told in the apposition may stand as its own deal, but the founders are no side of this one.
    expect(
      claims.filter(
        (c) =>
          c.kind === 'agreement' && c.parties.includes('Quillane') && c.parties.includes('Ardent Systems'),
      ),
    ).toEqual([]);
  });
});

describe('the status of a date told later', () => {
  it('« a indiqué que sa plateforme, développée avec …, serait commercialisée »: reported speech, confirmed', () => {
    const claims = claimsOf(
      'Pellenor Santé a recruté quarante ingénieurs cette année. Ensuite, l’entreprise a indiqué que sa plateforme de téléconsultation, développée avec trois centres hospitaliers bretons, serait commercialisée à partir du 2 juin.',
      'fr',
      PUB,
    );
    expect(dated(claims, ['Pellenor Santé']).map((d) => [d[0], d[2]])).toEqual([['2029-06-02', 'confirmed']]);
  });

  it('"…, the site said": an outlet tells it, a rumour', () => {
    const claims = claimsOf(
      'Tech weekly Le Fil Numérique reported that Ardent Systems and Vellmar were setting up a venture called Quintane. Quintane would not sell services before 2031, the site said.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Quintane']).map((c) => c.status)).toEqual(['rumour']);
  });

  it('« selon un document interne consulté par … »: a leaked document, a rumour', () => {
    const claims = claimsOf(
      'Roulvane prépare une application de gestion de flotte pour les artisans. Son application devrait être accessible aux artisans à partir de septembre, selon un document interne consulté par La Gazette des Flottes.',
      'fr',
      PUB,
    );
    expect(launches(claims).map((c) => c.status)).toEqual(['rumour']);
  });
});

describe('no launch', () => {
  it('"Deliveries will begin in 2030" after a supply contract: the contract’s deliveries', () => {
    const claims = claimsOf(
      'Carbrook Forgings signed a six-year supply agreement with Safran for turbine discs. Deliveries will begin in the first half of 2030.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });

  it('« Les livraisons débuteront en mars 2030 » after a supply contract', () => {
    const claims = claimsOf(
      'Vergeron Énergie fournira pendant dix ans du biométhane aux trois usines du papetier. Les livraisons débuteront en mars 2030.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });

  it('"deliveries of the Kestrel would not begin before 2031": a new product’s first units still launch', () => {
    const claims = claimsOf(
      'Harlow Aviation told customers that deliveries of the Kestrel would not begin before 2031.',
      'en',
      PUB,
    );
    expect(dated(claims, ['Harlow Aviation']).map((d) => [d[0], d[1]])).toEqual([['2031', 'not_before']]);
  });

  it('a wire dateline with its slug dates the release, not an availability', () => {
    const claims = claimsOf(
      'DERBY, England, March 15, 2029 /Quaywire/ -- Alderbeck Composites plc, a supplier of carbon structures for commercial aircraft, today announced a new contract with Airbus.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });
});
