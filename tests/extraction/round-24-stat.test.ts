import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Who keeps silent, denies or confirms: conditional confirmations, … */
const PUB = '2028-05-12'; // a Friday

const statements = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'statement' ? [[c.parties[0], c.stance]] : []));
const statusOf = (claims: Claim[], kind: Claim['kind']) => claims.find((c) => c.kind === kind)?.status;

describe('a confirmation set as a condition is none yet', () => {
  const en = 'Korvel Systems is in talks to buy Dalmora Labs, a daily reported on Monday.';
  const fr = 'Korvel Systems serait en discussions pour racheter Dalmora Labs, selon Les Echos.';

  it('"If it is confirmed, the deal would be …": no confirmation, the talks stay a rumour', () => {
    const claims = claimsOf(
      `${en} If it is confirmed, the deal would be the largest of the year.`,
      'en',
      PUB,
    );
    expect(statements(claims)).toEqual([]);
    expect(statusOf(claims, 'acquisition')).toBe('rumour');
  });

  it('"once Korvel confirms talks": a rule of what happens next, no statement', () => {
    expect(
      statements(
        claimsOf(`${en} A bidder has 28 days to make a firm offer once Korvel confirms talks.`, 'en', PUB),
      ),
    ).toEqual([]);
  });

  it('« Si Korvel confirme son offre »: no statement', () => {
    expect(
      statements(claimsOf(`${fr} Si Korvel confirme son offre, le titre pourrait bondir.`, 'fr', PUB)),
    ).toEqual([]);
  });

  it('counter-example: "… once Korvel confirmed the talks on Tuesday" tells a confirmation made', () => {
    expect(
      statements(
        claimsOf(`${en} Dalmora shares rose 8% once Korvel confirmed the talks on Tuesday.`, 'en', PUB),
      ),
    ).toEqual([['Korvel Systems', 'confirm']]);
  });

  it('counter-example: « Korvel confirme son offre » is a confirmation', () => {
    expect(statements(claimsOf(`${fr} Korvel confirme son offre.`, 'fr', PUB))).toEqual([
      ['Korvel Systems', 'confirm'],
    ]);
  });
});

describe('"confirmed the value at …": a deal’s figure confirmed', () => {
  const story = 'Korvel Systems signed a supply deal with Dalmora Labs on Tuesday.';

  it('"Korvel confirmed the value at around $300 million": Korvel confirms', () => {
    expect(
      statements(claimsOf(`${story} Korvel confirmed the value at "around $300 million".`, 'en', PUB)),
    ).toEqual([['Korvel Systems', 'confirm']]);
  });

  it('counter-example: "confirmed the value of its model" praises a strategy, no statement', () => {
    expect(
      statements(claimsOf(`${story} Korvel said the contract confirmed the value of its model.`, 'en', PUB)),
    ).toEqual([]);
  });
});

describe('« ne s’exprimerait pas », « ne s’est pas exprimé »: a silence', () => {
  const fr = 'Korvel Systems serait en discussions pour racheter Dalmora Labs, selon Les Echos.';

  it('« Contacté, Korvel ne s’exprimerait pas tant que … »: Korvel keeps silent', () => {
    expect(
      statements(
        claimsOf(
          `${fr} Contacté, Korvel a indiqué qu'il ne s'exprimerait pas tant que les discussions sont en cours.`,
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Korvel Systems', 'no_comment']]);
  });

  it('« Dalmora ne s’est pas exprimé »: Dalmora keeps silent', () => {
    expect(statements(claimsOf(`${fr} Dalmora ne s'est pas exprimé.`, 'fr', PUB))).toEqual([
      ['Dalmora Labs', 'no_comment'],
    ]);
  });

  it('counter-example: « s’est exprimé mardi devant les analystes » is no silence', () => {
    expect(
      statements(claimsOf(`${fr} Le patron de Korvel s'est exprimé mardi devant les analystes.`, 'fr', PUB)),
    ).toEqual([]);
  });
});

describe('a public body speaking is not the company the article is about', () => {
  const en = 'Korvel Systems has launched a bid for Dalmora Labs, the state-owned ammunition maker.';

  it('"…, and the industry ministry said only that it would study the offer": no statement of Korvel', () => {
    expect(
      statements(
        claimsOf(
          `${en} Its golden share gives it a veto over any change of control, and the industry ministry said only that it would "study the offer carefully".`,
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('counter-example: "…, and the company said only that it would study the offer" is its silence', () => {
    expect(
      statements(
        claimsOf(
          `${en} Dalmora has a poison pill against any change of control, and the company said only that it would "study the offer carefully".`,
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Dalmora Labs', 'no_comment']]);
  });
});
