import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Round 17, speakers: which company a person speaks for. A founder the article tied to a company (« fondée en
 * 2016 par X », « le fondateur de l'entreprise, X », "founded by X", "X, who runs the company") speaks for it when
 * they later decline to comment; a person subject past a clause inserted after their name speaks for their own
 * company, not for one the clause names; an owner's title naming two brands speaks for the owner, not the second
 * brand. Counter-examples: a founder of no company the article names gives nothing, and a company subject keeps
 * its own no-comment. Every sentence is invented for this file.
 */
const PUB = '2029-10-04';
const stances = (claims: ReturnType<typeof claimsOf>) =>
  claims
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.parties.join('|')}:${c.kind === 'statement' ? c.stance : ''}`)
    .sort();

describe('a founder named with the company speaks for it', () => {
  it('« La société, fondée en 2016 par X » … « X s’est refusé à tout commentaire »', () => {
    const claims = claimsOf(
      'Selon nos informations, Brumaire Hébergement aurait obtenu la qualification SecNumCloud. ' +
        'La société, fondée en 2016 par Corentin Vasselot, un ancien ingénieur de Renault, ne l’a pas encore annoncé. ' +
        'Corentin Vasselot s’est refusé à tout commentaire.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toContain('Brumaire Hébergement:no_comment');
  });

  it('« le fondateur de l’entreprise, X » speaks for the company being sold, not for the buyer', () => {
    const claims = claimsOf(
      'Selon nos informations, Orange discuterait du rachat de Lignéa Fibre. ' +
        'Le capital est partagé entre le fondateur de l’entreprise, Gaëtan Morvillier, et deux fonds régionaux. ' +
        'Interrogé, Orange n’a pas souhaité faire de commentaire. Gaëtan Morvillier n’a pas répondu à nos sollicitations.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Lignéa Fibre:no_comment', 'Orange:no_comment']);
  });

  it('"founded in 2019 by X" … "X did not respond"', () => {
    const claims = claimsOf(
      'Capgemini is in talks to buy Tessaly Data, people familiar with the matter said. ' +
        'Tessaly Data, founded in 2019 by Rowan Ashcombe, employs 90 people in Leeds. ' +
        'Capgemini declined to comment. Rowan Ashcombe did not respond to requests for comment.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Tessaly Data:no_comment');
  });

  it('counter-example: a founder of no company the article names speaks for nobody', () => {
    const claims = claimsOf(
      'Le marché des hébergeurs régionaux se consolide. Fondateur d’un cabinet de conseil, Hervé Quintard a ' +
        'suivi plusieurs opérations. Hervé Quintard n’a pas souhaité commenter.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual([]);
  });
});

describe('a person subject past an inserted clause speaks for their company', () => {
  it('« X, qui dirige l’entreprise familiale depuis 2012, n’a pas répondu »: the family firm, not the bidder', () => {
    const claims = claimsOf(
      'Hermès aurait engagé des discussions pour acquérir 60 % du capital de Maison Orvallet. ' +
        'Interrogé, Hermès n’a pas souhaité commenter. ' +
        'Claire-Hélène Orvallet, qui dirige l’entreprise familiale depuis 2012, n’a pas répondu à nos sollicitations.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Hermès:no_comment', 'Maison Orvallet:no_comment']);
  });

  it('"X, who runs the company, did not return calls"', () => {
    const claims = claimsOf(
      'Unilever is said to be weighing a bid for Pellworth Teas. Pellworth Teas is owned by the Harrowgate ' +
        'family. Imogen Pellworth, who runs the company, did not return calls.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Pellworth Teas:no_comment');
    expect(stances(claims)).not.toContain('Unilever:no_comment');
  });

  it('counter-example: a company subject with its own inserted clause keeps its no-comment', () => {
    const claims = claimsOf(
      'Kering aurait approché Maison Orvallet. Hermès, qui détient 5 % du capital de Maison Orvallet, ' +
        'n’a pas souhaité commenter.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toContain('Hermès:no_comment');
  });
});

describe('an owner named by its brands speaks as the owner', () => {
  it('« le propriétaire de Gucci et de Bottega » is the owner, not the second brand', () => {
    const claims = claimsOf(
      'Selon plusieurs sources, Kering négocierait l’acquisition de Maison Orvallet. ' +
        'Contacté, le propriétaire de Gucci et de Bottega Veneta n’a pas souhaité commenter.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Kering:no_comment']);
  });
});
