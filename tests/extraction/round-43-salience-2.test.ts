import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../../src/entities/entity-registry.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import { nameFitsRole, registryMisfits } from '../../src/extraction/role-fit.ts';
import { claimsOf, find } from './claims-of.ts';

/** Round 43: role nouns fitted by the registry's trades, bare stocks and pronoun subjects by salience. */
const DAY = '2027-03-16';

const movers = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, DAY)
    .filter((c) => c.kind === 'share_move')
    .map((c) => c.parties.join('+'));

describe('the registry gives companies their trade', () => {
  const registry = createEntityRegistry();
  it('a shipped company fits its trade in both languages, and no other', () => {
    expect(nameFitsRole('equipementier', 'Valeo', registry)).toBe(true);
    expect(nameFitsRole('carmaker', 'Renault', registry)).toBe(true);
    expect(nameFitsRole('constructeur', 'Stellantis', registry)).toBe(true);
    expect(nameFitsRole('operator', 'Orange', registry)).toBe(true);
    expect(nameFitsRole('insurer', 'AXA', registry)).toBe(true);
    expect(registryMisfits('equipementier', 'Renault', registry)).toBe(true);
    expect(registryMisfits('equipementier', 'Valeo', registry)).toBe(false);
  });

  it('a loose role ("le prestataire") or a company without a trade rules nobody out', () => {
    expect(registryMisfits('fournisseur', 'Capgemini', registry)).toBe(false);
    expect(registryMisfits('equipementier', 'Kermor Industries', registry)).toBe(false);
  });

  it("a user's entry may give its own trade", () => {
    const own = createEntityRegistry([
      { name: 'Nuvola Systems', aliases: [], descriptors: [], type: 'company', roles: ['hebergeur'] },
    ]);
    expect(nameFitsRole('hebergeur', 'Nuvola Systems', own)).toBe(true);
    const claims = extractClaims(
      {
        text: "Nuvola Systems et Renault ont signé mardi un accord. L'hébergeur a gagné 4,2 % mardi.",
        language: 'fr',
        publishedAt: DAY,
      },
      { registry: own },
    ).claims;
    expect(claims.filter((c) => c.kind === 'share_move').map((c) => c.parties)).toEqual([['Nuvola Systems']]);
  });
});

describe('a role noun the article never introduced goes to the company of that trade', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      "Valeo et Renault ont annoncé mardi un partenariat sur les batteries. L'équipementier grimpe de 2,9 % mardi.",
      'fr',
      'Valeo',
    ],
    [
      'Stellantis et Forvia ont signé mardi un accord sur les sièges. Le constructeur a cédé 1,2 % mardi.',
      'fr',
      'Stellantis',
    ],
    [
      "Orange et Thales ont dévoilé mardi une offre de cybersécurité. L'opérateur a gagné 1,5 % mardi.",
      'fr',
      'Orange',
    ],
    [
      'Safran and Airbus signed an agreement on Tuesday to develop a new engine. The engine maker rose 3.1% on Tuesday.',
      'en',
      'Safran',
    ],
    [
      'Engie and TotalEnergies agreed on Tuesday to build a solar park in Spain. The utility fell 2% on Tuesday.',
      'en',
      'Engie',
    ],
  ];
  for (const [text, language, name] of cases) it(name, () => expect(movers(text, language)).toEqual([name]));

  it('counter-example: two carmakers, no equipment supplier: "l\'équipementier" is neither', () =>
    expect(
      movers(
        "Renault et Stellantis ont annoncé mardi un partenariat sur les batteries. L'équipementier grimpe de 2,9 % mardi.",
        'fr',
      ),
    ).toEqual([]));
});

describe('a pronoun subject of a move is the most salient company', () => {
  it('« Il a terminé la séance en hausse » after a paragraph about the buyer', () =>
    expect(
      movers(
        'Le groupe Varenne Industrie a annoncé mardi le rachat de Tolbiac Systèmes. Selon un analyste, Tolbiac Systèmes était en difficulté. Varenne Industrie prévoit de fermer un site. Il a terminé la séance en hausse de 3,1 % mardi.',
        'fr',
      ),
    ).toEqual(['Varenne Industrie']));

  it('"It closed 9.4% higher" after the buyer\'s deal', () =>
    expect(
      movers(
        'Kestrel Foods agreed to buy Arden Dairy on Tuesday. It closed 9.4% higher in London on Tuesday.',
        'en',
      ),
    ).toEqual(['Kestrel Foods']));

  it('"They rose 9.4%" after a sentence about the shares', () =>
    expect(
      movers('Shares in Kestrel Foods opened higher on Tuesday. They closed 9.4% higher on Tuesday.', 'en'),
    ).toEqual(['Kestrel Foods']));

  it('counter-example: "They rose" after sales, not shares, is no share move', () =>
    expect(movers('Kestrel Foods said its sales were strong. They rose 9.4% in the quarter.', 'en')).toEqual(
      [],
    ));

  it('counter-example: « Il y a deux ans » is no pronoun subject', () =>
    expect(
      movers(
        "Varenne Industrie a racheté mardi Tolbiac Systèmes. Il y a deux ans, l'indice avait gagné 3,1 %.",
        'fr',
      ),
    ).not.toContain('Varenne Industrie'));
});

describe('a bare stock goes to the most salient company once the story has turned to it', () => {
  it('« L’action » three sentences into the buyer’s story is not the last paragraph’s mover', () =>
    expect(
      movers(
        "Orvane a gagné 2 % mardi à Paris.\n\nLe groupe Tessaly Industrie a annoncé mardi le rachat de Brune Systèmes. Tessaly Industrie prévoit 40 millions d'euros de synergies. Tessaly Industrie vise aussi l'Espagne. L'action a bondi de 6 % mardi.",
        'fr',
      ),
    ).toEqual(['Orvane', 'Tessaly Industrie']));

  it('counter-example: right after the mover, "the shares" are still its', () =>
    expect(
      movers(
        'Orvane rose 2% on Tuesday after Tessaly Industrie agreed to buy Brune Systems. The shares had fallen 4% on Monday.',
        'en',
      )[0],
    ).toBe('Orvane'));
});

describe('the retailer an offer is sold at launches nothing', () => {
  it('« disponibles dans les hypermarchés de l’enseigne »: the maker launches', () => {
    const claims = claimsOf(
      "Le distributeur Carrefour a signé avec Maison Pelvoux, salaisonnier savoyard, un contrat national. Les jambons de la maison seront disponibles dans les 260 hypermarchés de l'enseigne à partir du 6 novembre.",
      'fr',
      DAY,
    );
    expect(find(claims, 'launch', ['Maison Pelvoux'])).toHaveLength(1);
    expect(find(claims, 'launch', ['Carrefour'])).toHaveLength(0);
  });

  it('"available in Tesco\'s stores": the cheesemaker launches', () => {
    const claims = claimsOf(
      'Halden Cheese said on Tuesday its aged cheddar would be available in the stores of Tesco from 1 March.',
      'en',
      DAY,
    );
    expect(find(claims, 'launch', ['Halden Cheese'])).toHaveLength(1);
    expect(find(claims, 'launch', ['Tesco'])).toHaveLength(0);
  });
});

describe('a registry trade does not pass over the story’s own company', () => {
  it('« l’épicier » after « l’enseigne lyonnaise d’épicerie fine » is that shop, not a listed grocer named in passing', () => {
    const claims = claimsOf(
      "Carrefour et Maison Orsel, l'enseigne lyonnaise d'épicerie fine, ont signé un accord. Casino, qui avait discuté avec Maison Orsel, n'est pas partie prenante. Carrefour envisagerait aussi de prendre une participation dans l'épicier.",
      'fr',
      DAY,
    );
    expect(find(claims, 'acquisition', ['Carrefour', 'Casino'])).toHaveLength(0);
  });

  it('"the host" of a story about an unlisted host that also names OVHcloud is the unlisted one', () => {
    const claims = claimsOf(
      "Selon la presse, OVHcloud regarde le dossier. Aubrac Numérique a obtenu mardi la qualification SecNumCloud. L'hébergeur a conclu vendredi un partenariat avec Veeam.",
      'fr',
      DAY,
    );
    expect(find(claims, 'agreement', ['OVHcloud', 'Veeam'])).toHaveLength(0);
    expect(find(claims, 'agreement', ['Aubrac Numérique', 'Veeam'])).toHaveLength(1);
  });
});
