import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Precision, session 9: spurious claims. Two mechanisms of language seen across writers (blind-24, -30, -34,
 * -35, -37, -38): a company the sentence names as out of the deal (no candidate, not a party, a candidate that
 * walked away) is no side of it; a stance word that is not performed (a denial negated, the noun of a denial
 * nobody is said to make, a confirmation that is a fact proving true, a silence that is a habit) is no
 * statement. Invented companies and wordings.
 */
const PUB = '2031-04-15';

const kinds = (claims: Claim[], kind: Claim['kind']) => claims.filter((c) => c.kind === kind);
const namesOf = (claims: Claim[]) => claims.map((c) => [...c.parties].sort().join(' + '));

describe('a company named as out of the deal is no side of it', () => {
  const none: [string, 'fr' | 'en', Claim['kind']][] = [
    [
      'Auchan, dont la centrale livrait les magasins depuis 2019, n’était pas candidat à la reprise, selon la direction des Halles Dorval.',
      'fr',
      'acquisition',
    ],
    [
      'Lactalis, installé à quelques kilomètres de l’usine et un temps présenté comme partenaire possible de la Fromagerie Vernaz, n’est pas partie à l’accord.',
      'fr',
      'agreement',
    ],
    [
      'Tesco, which supplied the chain for a decade, was not a bidder for Harlow Stores, the administrators said.',
      'en',
      'acquisition',
    ],
  ];
  for (const [text, lang, kind] of none)
    it(text.slice(0, 60), () => expect(kinds(claimsOf(text, lang, PUB), kind)).toEqual([]));

  it('candidates that walked away give no no-comment', () => {
    for (const text of [
      'Imerys et Saint-Gobain, un temps cités parmi les candidats, n’ont pas donné suite, selon un proche du dossier.',
      'Vinci, longtemps candidat à la reprise du réseau, n’a pas donné suite, indique une source syndicale.',
    ])
      expect(kinds(claimsOf(text, 'fr', PUB), 'statement')).toEqual([]);
  });

  it('counter-examples: a silence to our calls and a plain purchase stay', () => {
    const silent = claimsOf(
      'Contactée, la direction de Corvelle n’a pas donné suite à nos sollicitations.',
      'fr',
      PUB,
    );
    expect(kinds(silent, 'statement').map((c) => c.kind === 'statement' && c.stance)).toEqual(['no_comment']);
    const bought = claimsOf(
      'Auchan, dont la centrale livrait les magasins depuis 2019, a finalement racheté les Halles Dorval.',
      'fr',
      PUB,
    );
    expect(namesOf(kinds(bought, 'acquisition'))).toEqual(['Auchan + Halles Dorval']);
  });
});

describe('a stance word that is not performed is no statement', () => {
  const none: [string, 'fr' | 'en'][] = [
    ['La direction de Varnelle ne dément pas.', 'fr'],
    ['Pour le cabinet Morvan Recherche, le démenti « est aussi ferme qu’on pouvait l’espérer ».', 'fr'],
    ['Le titre Corbière a reculé de 5 % mercredi, avant même la publication du démenti.', 'fr'],
    ['Si elle se confirme, la nouvelle placerait Altéane Cloud parmi les hébergeurs qualifiés.', 'fr'],
    [
      '« Le démenti est d’une netteté rare chez Sodimat, qui se contente généralement de ne pas commenter. »',
      'fr',
    ],
    [
      'A bidder that rules nothing out keeps Brackley’s shares high, since a simple “no comment” from Harwell Mining binds it to nothing, a lawyer said.',
      'en',
    ],
  ];
  for (const [text, lang] of none)
    it(text.slice(0, 60), () => expect(kinds(claimsOf(text, lang, PUB), 'statement')).toEqual([]));

  it('counter-examples: a denial made, a denial as a noun with its author, a confirmation, a no-comment', () => {
    const stances = (text: string, lang: 'fr' | 'en') =>
      kinds(claimsOf(text, lang, PUB), 'statement').map((c) => c.kind === 'statement' && c.stance);
    expect(stances('Varnelle dément toute discussion avec Orsane Capital.', 'fr')).toEqual(['deny']);
    expect(stances('Varnelle Industrie a opposé un démenti catégorique mercredi.', 'fr')).toEqual(['deny']);
    expect(stances('Varnelle a confirmé mercredi le rachat de Corbière Industrie.', 'fr')).toEqual([
      'confirm',
    ]);
    expect(stances('Contactée, Varnelle n’a pas souhaité commenter.', 'fr')).toEqual(['no_comment']);
    expect(stances('A Harwell Mining spokesman said: “No comment.”', 'en')).toEqual(['no_comment']);
  });
});
