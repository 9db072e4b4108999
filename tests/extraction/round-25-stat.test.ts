import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Who speaks: an analyst's house is no speaker of the story; denials and silences in other words. */
const PUB = '2028-05-12'; // a Friday

const statements = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'statement' ? [[c.parties[0], c.stance]] : []));
const statusOf = (claims: Claim[], kind: Claim['kind']) => claims.find((c) => c.kind === kind)?.status;

describe('an analyst goes on speaking in an untagged quote', () => {
  const fr = 'Selon Les Echos, Valdor étudierait le rachat de Cassemont Composites.';
  const analyst =
    '« Un adossement réglerait le financement », observe Marion Lescaut, analyste chez Pellbury.';

  it('« Mais la famille n’est pas vendeuse » after an analyst’s quote: no denial, the talks stay a rumour', () => {
    const claims = claimsOf(
      `${fr} ${analyst} « Mais il faudra y mettre le prix, et la famille n'est pas vendeuse à n'importe quelle condition. »`,
      'fr',
      PUB,
    );
    expect(statements(claims)).toEqual([]);
    expect(statusOf(claims, 'acquisition')).toBe('rumour');
  });

  it('"…," said an analyst at Corrib. "…": the analyst’s house does not deny', () => {
    const claims = claimsOf(
      'Valdor is in talks to buy Cassemont Composites, Bloomberg reported on Monday. "A tie-up would fix the funding gap," said Jane Roe, an analyst at Corrib Securities. "But the family is not for sale at any price."',
      'en',
      PUB,
    );
    expect(statements(claims)).toEqual([]);
  });

  it('counter-example: after a company officer’s quote, the untagged quote is still the company’s', () => {
    const claims = claimsOf(
      `${fr} « Nous regardons beaucoup de dossiers », explique Paul Mercier, directeur général de Cassemont Composites. « Mais l'entreprise n'est pas à vendre. »`,
      'fr',
      PUB,
    );
    expect(statements(claims)).toEqual([['Cassemont Composites', 'deny']]);
  });

  it('counter-example: a quote with its own tag speaks for whom the tag names', () => {
    const claims = claimsOf(
      `${fr} ${analyst} « Il n'y a aucune discussion avec Valdor », a assuré le président de Cassemont Composites.`,
      'fr',
      PUB,
    );
    expect(statements(claims)).toEqual([['Cassemont Composites', 'deny']]);
  });
});

describe('an analyst’s house does not become the company of the story', () => {
  it('« Le groupe n’a pas souhaité commenter » after an analyst at a broker: the story’s company', () => {
    const claims = claimsOf(
      'Selon Les Echos, Valdor étudierait le rachat de Cassemont Composites. « Le prix sera élevé », estime Marion Lescaut, analyste chez Pellbury Finance. Le groupe n’a pas souhaité commenter.',
      'fr',
      PUB,
    );
    expect(statements(claims).map((s) => s[0])).not.toContain('Pellbury Finance');
  });
});
