import { describe, expect, it } from 'vitest';
import { ArticleNames } from '../../src/extraction/article-names.ts';
import { claimsOf, find } from './claims-of.ts';

/** Short forms of companies the registry does not know, merged with their fullest name per article. */
const PUB = '2026-04-08'; // a Wednesday

function names(...known: string[]): ArticleNames {
  const n = new ArticleNames();
  for (const k of known) n.add(k, 'company');
  return n;
}

describe('ArticleNames.fullest', () => {
  it('reads initials as the long name they abbreviate', () => {
    expect(names('Northvale Logistics Group').fullest('NLG')?.name).toBe('Northvale Logistics Group');
    expect(names('Banque de Savoie Mutuelle').fullest('BSM')?.name).toBe('Banque de Savoie Mutuelle');
  });

  it('reads the last words of a name as that name, and its possessive too', () => {
    expect(names('Laboratoires Ferrandel').fullest('Ferrandel')?.name).toBe('Laboratoires Ferrandel');
    expect(names('Tallon Dairies').fullest('Tallon’s')?.name).toBe('Tallon Dairies');
    // A short name the article also uses on its own still takes the longer one.
    expect(names('Ferrandel', 'Laboratoires Ferrandel').fullest('Ferrandel')?.name).toBe(
      'Laboratoires Ferrandel',
    );
  });

  it('does not merge generic words, ambiguous tails or a place after "de"', () => {
    const two = names('Kestrel Mining Group', 'Dunmore Capital Group');
    expect(two.fullest('Group')).toBeUndefined();
    expect(names('Arbel Capital', 'Norvane Capital').fullest('Capital')).toBeUndefined();
    expect(names('Aéroports de Brivelle').fullest('Brivelle')).toBeUndefined();
    // Lowercase words are no acronym.
    expect(names('Northvale Logistics Group').fullest('Nlg')).toBeUndefined();
  });
});

describe('an article-level short form of an unregistered company', () => {
  it('an acronym from initials is the full name, never a second party', () => {
    const claims = claimsOf(
      'Northvale Logistics Group has signed a distribution agreement with Marrow Freight, under which NLG will run the depots. NLG shares rose 2.1% on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Northvale Logistics Group', 'Marrow Freight'])).toHaveLength(1);
    expect(find(claims, 'share_move', ['Northvale Logistics Group'])).toHaveLength(1);
    expect(claims.some((c) => c.parties.includes('NLG'))).toBe(false);
  });

  it('a headline acronym before the body gives the full name', () => {
    const claims = claimsOf(
      'Harbour Retail Partners has signed a franchise agreement with Ossel Markets. The two groups plan to launch a joint loyalty card in May 2027, giving HRP’s members access to Ossel’s stores.',
      'en',
      PUB,
      'HRP signs franchise pact with Ossel Markets',
    );
    expect(find(claims, 'agreement', ['Harbour Retail Partners', 'Ossel Markets'])).toHaveLength(1);
    expect(find(claims, 'launch', ['Harbour Retail Partners', 'Ossel Markets'])).toEqual([
      expect.objectContaining({ eventDate: '2027-05' }),
    ]);
  });

  it('the last word of a French name stands for the name, and a deal it signs is found', () => {
    const claims = claimsOf(
      'Les Laboratoires Ferrandel ont obtenu la certification ISO 13485.\n\nFerrandel a signé un accord de distribution avec Sanofi.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Laboratoires Ferrandel', 'Sanofi'])).toHaveLength(1);
    expect(claims.some((c) => c.parties.includes('Ferrandel'))).toBe(false);
  });

  it('two companies sharing "Group" stay two companies', () => {
    const claims = claimsOf(
      'Kestrel Mining Group and Dunmore Capital Group signed a partnership on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Kestrel Mining Group', 'Dunmore Capital Group'])).toHaveLength(1);
  });

  it('a product named after its maker belongs to the maker’s full name', () => {
    const claims = claimsOf(
      'Les Laboratoires Ferrandel ont signé un accord avec Sanofi.\n\nFerrandel compte mettre sa nouvelle gamme de sérums, baptisée Ferrandel Hydra, sur le marché en mars 2027.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Laboratoires Ferrandel'])).toEqual([
      expect.objectContaining({ eventDate: '2027-03', status: 'confirmed' }),
    ]);
  });
});
