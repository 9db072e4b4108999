import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Who keeps silent, denies or confirms: "has yet to respond", "would say nothing more", relation nouns, own departures. */
const PUB = '2028-05-12'; // a Friday

const statements = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'statement' ? [[c.parties[0], c.stance]] : []));

describe('"has yet to respond": a silence not yet broken', () => {
  const story =
    'Shares in Korvel jumped 5% after a daily reported that Korvel was in talks with Dalmora over a supply deal. Korvel declined to comment.';

  it('"Dalmora has yet to respond to our request for comment": Dalmora keeps silent', () => {
    expect(
      statements(claimsOf(`${story} Dalmora has yet to respond to our request for comment.`, 'en', PUB)),
    ).toEqual([
      ['Korvel', 'no_comment'],
      ['Dalmora', 'no_comment'],
    ]);
  });

  it('counter-example: "has yet to decide" is no silence', () => {
    expect(
      statements(claimsOf(`${story} Dalmora has yet to decide on the size of the order.`, 'en', PUB)),
    ).toEqual([['Korvel', 'no_comment']]);
  });
});

describe('"would say nothing more": a refusal to go beyond what is said', () => {
  const story =
    'Brisk Labs is in talks to buy Tavell Pharma, a newspaper reported on Wednesday. Brisk Labs declined to comment.';

  it('"Tavell\'s chairman … would say nothing more": Tavell Pharma keeps silent', () => {
    expect(
      statements(
        claimsOf(
          `${story} Tavell's chairman, Otto Renner, said the family talks to many people and would say nothing more.`,
          'en',
          PUB,
        ),
      ),
    ).toContainEqual(['Tavell Pharma', 'no_comment']);
  });

  it('counter-example: "nothing more than a rumour" says nothing of a silence', () => {
    expect(
      statements(
        claimsOf(`${story} Tavell's chairman, Otto Renner, called it nothing more than gossip.`, 'en', PUB),
      ),
    ).toEqual([['Brisk Labs', 'no_comment']]);
  });
});

describe('a relation noun names another company than the one written after it', () => {
  const fr = 'Vessane a racheté 70 % de Membrelle.';

  it('« Le concurrent de Vessane n’a pas donné suite »: Vessane does not speak', () => {
    expect(
      statements(claimsOf(`${fr} Le concurrent de Vessane n’a pas donné suite à nos questions.`, 'fr', PUB)),
    ).toEqual([]);
  });

  it('« La filiale de Vessane … »: the same', () => {
    expect(
      statements(claimsOf(`${fr} La filiale de Vessane n’a pas donné suite à nos questions.`, 'fr', PUB)),
    ).toEqual([]);
  });

  it('counter-example: « Un porte-parole de Vessane … » speaks for Vessane', () => {
    expect(
      statements(
        claimsOf(`${fr} Un porte-parole de Vessane n’a pas donné suite à nos questions.`, 'fr', PUB),
      ),
    ).toEqual([['Vessane', 'no_comment']]);
  });

  const en = 'Vessane bought 70% of Membrelle.';

  it('"Vessane\'s main rival declined to comment": Vessane does not speak', () => {
    expect(statements(claimsOf(`${en} Vessane's main rival declined to comment.`, 'en', PUB))).toEqual([]);
  });

  it('counter-example: "Vessane\'s chief executive declined to comment" speaks for Vessane', () => {
    expect(statements(claimsOf(`${en} Vessane's chief executive declined to comment.`, 'en', PUB))).toEqual([
      ['Vessane', 'no_comment'],
    ]);
  });

  it('counter-example: "Vessane\'s partner Corbelle declined to comment": the partner named speaks', () => {
    expect(statements(claimsOf(`${en} Vessane's partner Corbelle declined to comment.`, 'en', PUB))).toEqual([
      ['Corbelle', 'no_comment'],
    ]);
  });
});

describe('an officer confirming their own departure confirms no deal', () => {
  const fr = 'Selon la presse, Forvane serait en discussion avec Belmière. Forvane a démenti lundi.';

  it('« a confirmé son intention de passer la main »: no confirmation', () => {
    expect(
      statements(
        claimsOf(
          `${fr} Le patron de Forvane, Paul Morel, a confirmé son intention de passer la main d’ici deux ans.`,
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Forvane', 'deny']]);
  });

  it('counter-example: « a confirmé la signature » is a confirmation', () => {
    expect(
      statements(
        claimsOf(
          `${fr} Le patron de Forvane, Paul Morel, a confirmé la signature d’ici deux ans.`,
          'fr',
          PUB,
        ),
      ),
    ).toEqual([
      ['Forvane', 'deny'],
      ['Forvane', 'confirm'],
    ]);
  });

  const en = 'Orvel Labs is said to be in talks with Tessaly over a supply deal.';

  it('"confirmed his intention to step down": no confirmation', () => {
    expect(
      statements(
        claimsOf(
          `${en} On Monday, Tessaly's chief executive confirmed his intention to step down in a statement.`,
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('counter-example: "confirmed the talks" is a confirmation', () => {
    expect(
      statements(
        claimsOf(`${en} On Monday, Tessaly's chief executive confirmed the talks in a statement.`, 'en', PUB),
      ),
    ).toEqual([['Tessaly', 'confirm']]);
  });
});

describe('a civility title names a person, never an outlet', () => {
  const status = (text: string) => claimsOf(text, 'fr', PUB).find((c) => c.kind === 'acquisition');

  it('« …, a indiqué M. Dorbec, directeur général de Velmor »: the company speaks, no source', () => {
    const c = status(
      "Velmor va racheter Brossac pour 40 millions d'euros, a indiqué M. Dorbec, directeur général de Velmor.",
    );
    expect(c?.status).toBe('confirmed');
    expect(c?.attribution).toBeUndefined();
  });

  it('counter-example: « a indiqué Mme Roux, analyste chez Parvis Finance » stays hearsay', () => {
    expect(
      status(
        "Velmor va racheter Brossac pour 40 millions d'euros, a indiqué Mme Roux, analyste chez Parvis Finance.",
      )?.status,
    ).toBe('rumour');
  });
});
