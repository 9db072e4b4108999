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

describe('a denial in other words: "not true", « c’est faux »', () => {
  const en = 'Valdor is in talks to buy Cassemont Composites, Bloomberg reported on Monday.';
  const fr = 'Selon Les Echos, Valdor étudierait le rachat de Cassemont Composites.';

  it('"It is simply not true," a Valdor spokesman said: Valdor denies, the talks are denied', () => {
    const claims = claimsOf(`${en} "It is simply not true," a Valdor spokesman said.`, 'en', PUB);
    expect(statements(claims)).toEqual([['Valdor', 'deny']]);
    expect(statusOf(claims, 'acquisition')).toBe('denied');
  });

  it('« C’est totalement faux », a réagi un porte-parole de Valdor: a denial', () => {
    const claims = claimsOf(`${fr} « C'est totalement faux », a réagi un porte-parole de Valdor.`, 'fr', PUB);
    expect(statements(claims)).toEqual([['Valdor', 'deny']]);
    expect(statusOf(claims, 'acquisition')).toBe('denied');
  });

  it('counter-example: "It is not true that prices will fall" is a thesis, no denial', () => {
    const claims = claimsOf(
      `${en} "It is not true that prices will fall," a Valdor spokesman said.`,
      'en',
      PUB,
    );
    expect(statements(claims)).toEqual([]);
    expect(statusOf(claims, 'acquisition')).toBe('rumour');
  });

  it('counter-example: « Ce n’est pas vrai que les prix baissent » is a thesis, no denial', () => {
    const claims = claimsOf(
      `${fr} « Ce n'est pas vrai que les prix baissent », a déclaré le PDG de Valdor.`,
      'fr',
      PUB,
    );
    expect(statements(claims)).toEqual([]);
  });
});

describe('« n’a pas davantage réagi »: a silence told after another', () => {
  const fr =
    'Selon Les Echos, Valdor étudierait le rachat de Cassemont Composites. Valdor n’a pas souhaité commenter.';

  it('« Cassemont Composites n’a pas davantage réagi »: a no-comment', () => {
    expect(statements(claimsOf(`${fr} Cassemont Composites n'a pas davantage réagi.`, 'fr', PUB))).toEqual([
      ['Valdor', 'no_comment'],
      ['Cassemont Composites', 'no_comment'],
    ]);
  });

  it('« n’a pas non plus donné suite à nos appels »: a no-comment', () => {
    expect(
      statements(
        claimsOf(`${fr} Cassemont Composites n'a pas non plus donné suite à nos appels.`, 'fr', PUB),
      ),
    ).toEqual([
      ['Valdor', 'no_comment'],
      ['Cassemont Composites', 'no_comment'],
    ]);
  });

  it('counter-example: « le titre n’a pas davantage progressé » is no silence', () => {
    expect(
      statements(claimsOf(`${fr} Le titre de Cassemont Composites n'a pas davantage progressé.`, 'fr', PUB)),
    ).toEqual([['Valdor', 'no_comment']]);
  });
});
