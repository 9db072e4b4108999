import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Which capitalised words are towns, article-wide (round 10): a name one sentence shows as a town
 * ("installé à Saint-Priest", "the Sion-based airline", « l'usine de Saint-Omer ») is no party in another
 * sentence of the same article, where a slot or a subject position would make it one; names listed with
 * such a town ("between Sion, Lugano and …") are towns too. Invented companies and towns, both languages.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort().join(' | '));
const allParties = (claims: Claim[]) => claims.flatMap((c) => c.parties);

describe('a town the article shows as one is no party elsewhere in it', () => {
  it('a town named after « installé à » does not become a company in a later subject', () => {
    const claims = claimsOf(
      'Velmora Bio a signé lundi avec Cantaris, un façonnier installé à Brignoles-Haut, un contrat de cinq ans pour la production de ses lots. ' +
        'Le choix de Cantaris s’explique aussi par un sésame récent : son unité de bioproduction de Brignoles-Haut a obtenu en janvier le certificat BPF de l’ANSM.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Cantaris | Velmora Bio']);
    expect(allParties(claims)).not.toContain('Brignoles-Haut');
  });

  it('a "-based" town and the town listed with it are no parties of a later agreement', () => {
    const claims = claimsOf(
      'Dorvane Capital is weighing a stake of up to 25% in Skyrail, the Aosta-based regional airline. ' +
        'Skyrail flew 900,000 passengers last year, most of them between Aosta, Bressano and the coast. ' +
        'Skyrail has meanwhile signed a codeshare agreement with Pellbay Air, connecting its Aosta and Bressano flights to the Pellbay network.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Pellbay Air | Skyrail']);
    expect(allParties(claims)).not.toContain('Aosta');
    expect(allParties(claims)).not.toContain('Bressano');
  });

  it('« l’usine de X » makes X a town: the role noun before « de X » is no party X', () => {
    const claims = claimsOf(
      'La Biscuiterie Quénard change de dimension. L’artisan de Lormaison, fondé en 1952, a signé avec Monoprix un accord de distribution de trois ans. ' +
        'L’usine de Lormaison, qui emploie 60 personnes, tournera en deux équipes.',
      'fr',
      PUB,
    );
    expect(allParties(claims)).not.toContain('Lormaison');
  });

  it('a company settled in a town keeps its own name as a party (counter-example)', () => {
    const claims = claimsOf(
      'Harwick Foods, based in Tarnby, has signed a supply agreement with Ostwell Retail. Tarnby Dairies, a separate cooperative, was not involved.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Harwick Foods | Ostwell Retail']);
  });

  it('a company named after « à » in a party slot stays a party in the same article (counter-example)', () => {
    const claims = claimsOf(
      'Le ministère a attribué à Calvane un marché de maintenance. Calvane a par ailleurs signé un accord de distribution avec Orvelis.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toContain('Calvane | Orvelis');
  });
});

describe('a lone capital or dotted initials close the name they follow', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string][] = [
    [
      'Dans la foulée, Vorlane A.T. a conclu un partenariat de distribution avec Kermaris Hôtels.',
      'fr',
      'agreement',
      'Kermaris Hôtels | Vorlane A.T.',
    ],
    [
      'Salvane Lithium a annoncé lundi la signature d’un contrat de sept ans avec Hanseo Future M, la filiale du sidérurgiste.',
      'fr',
      'agreement',
      'Hanseo Future M | Salvane Lithium',
    ],
    [
      'Hanseo Future M a terminé la séance de mardi en hausse de 1,4 % à Séoul.',
      'fr',
      'share_move',
      'Hanseo Future M',
    ],
    [
      'Brackley Holdings has agreed to buy Delvane S.A.R. for 40 million euros.',
      'en',
      'acquisition',
      'Brackley Holdings | Delvane S.A.R.',
    ],
    ['Shares in Ostrander Group K rose 3.2% on Friday.', 'en', 'share_move', 'Ostrander Group K'],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(text, () => {
      expect(partiesOf(claimsOf(text, lang, PUB), kind)).toContain(parties);
    });

  it('« M. » before a surname is a title, not a letter of the name before it (counter-example)', () => {
    const claims = claimsOf(
      'Velmont Énergie a signé avec Sarvane un contrat de 140 M€, a indiqué M. Dupré, son directeur général.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Sarvane | Velmont Énergie']);
  });

  it('an English "A" after a name is a word of the sentence (counter-example)', () => {
    const claims = claimsOf(
      'Tarrow Mills signed a supply agreement with Kelbrook Foods A year after talks began.',
      'en',
      PUB,
    );
    expect(allParties(claims)).not.toContain('Kelbrook Foods A');
  });
});
