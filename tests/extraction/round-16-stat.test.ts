import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 16, statements: one speaker, one sentence, a no-comment and a denial side by side. The denial is the
 * speaker's stance of the day only when it is its own, current denial of the story. It is not when it only
 * says no offer has come in yet (the story stays open: "said it had received no approach and declined to
 * comment further"), when it is dated before the story ("declined to comment; only last month it denied …"),
 * or when it is what the speaker declines to comment on (« s'est refusé à tout commentaire sur le démenti de
 * X »). Counter-examples: a flat denial beside a no-comment stays a denial, and a silence the sentence only
 * recalls ("which had declined to comment at the time") leaves today's denial standing.
 * Every sentence is invented for this file.
 */
const PUB = '2029-09-20';
const stances = (claims: ReturnType<typeof claimsOf>) =>
  claims
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.parties.join('|')}:${c.kind === 'statement' ? c.stance : ''}`)
    .sort();

describe('no offer received, and no comment: the story stays open', () => {
  it('"said it had not received any approach and declined to comment further"', () => {
    const claims = claimsOf(
      'Brackwater Foods is weighing an offer for Tollesby Dairies, two people familiar with the matter said. ' +
        'Tollesby Dairies said it had not received any approach and declined to comment further.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Tollesby Dairies:no_comment');
    expect(stances(claims)).not.toContain('Tollesby Dairies:deny');
  });

  it('« ne pas commenter les rumeurs », tout en rappelant « n’avoir reçu aucune offre »', () => {
    const claims = claimsOf(
      'Selon nos informations, Vérandal envisagerait de racheter la Brûlerie Oscanne. ' +
        'Chez Brûlerie Oscanne, on indique « ne pas commenter les rumeurs », tout en rappelant que la société « n’a reçu aucune offre ».',
      'fr',
      PUB,
    );
    expect(stances(claims)).toContain('Brûlerie Oscanne:no_comment');
    expect(stances(claims)).not.toContain('Brûlerie Oscanne:deny');
  });

  it('counter-example: a flat denial beside a no-comment stays a denial', () => {
    const claims = claimsOf(
      '"Harlowe Insurance is not in talks with Pendry Mutual," a Harlowe spokesman said, adding that the group ' +
        'did not comment on market rumours.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Harlowe Insurance:deny');
  });

  it('counter-example: "received no approach" alone is still a denial', () => {
    const claims = claimsOf(
      'Corvenna Minerals said on Monday that it had received no approach from Ardmoor Resources.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Corvenna Minerals:deny');
  });

  it('counter-example: a silence recalled from before leaves today’s denial standing', () => {
    const claims = claimsOf(
      'Qualtek is said to be studying a bid for Ennisfield Semiconductors. ' +
        'Ennisfield Semiconductors, which had declined to comment at the time, said on Tuesday it had received no approach from Qualtek.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Ennisfield Semiconductors:deny');
  });
});

describe('a denial dated before the story does not replace today’s silence', () => {
  it('"declined to comment; only last month it denied any plan for …"', () => {
    const claims = claimsOf(
      'Oracle is in talks to buy a minority stake in Merrowdale Hosting, a trade newsletter reported on Monday. ' +
        'Merrowdale declined to comment; only last month it denied any plan for a merger with Ionos.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Merrowdale Hosting:no_comment');
    // The old denial is about another deal: the stake talks stay a rumour.
    expect(find(claims, 'acquisition', ['Oracle', 'Merrowdale Hosting'])[0]?.status).toBe('rumour');
  });
});

describe('the denial the speaker declines to comment on is someone else’s', () => {
  it('« s’est refusée à tout commentaire sur le démenti de Capgemini »', () => {
    const claims = claimsOf(
      'Capgemini a démenti jeudi tout projet d’offre sur Pellerin Cyber. ' +
        'Sollicitée, la direction de Pellerin Cyber s’est refusée à tout commentaire sur le démenti de Capgemini.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Capgemini:deny', 'Pellerin Cyber:no_comment']);
  });

  it('"declined to comment on the denial by Siemens"', () => {
    const claims = claimsOf(
      'Siemens on Tuesday denied that it was preparing an offer for Vantor Robotics. ' +
        'Vantor Robotics declined to comment on the denial by Siemens.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Siemens:deny', 'Vantor Robotics:no_comment']);
  });
});
