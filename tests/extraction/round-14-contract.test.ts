import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 14, contracts: a contract award whose worth holds a decimal point ("awarded a contract worth 1.4 billion
 * euros to …", "won a contract worth $2.3 billion to build … for …") is still an award between the buyer and the
 * winner; before, the decimal point read as a sentence's end and hid the winner. Every sentence is invented for
 * this file, with other companies and figures than the corpora's.
 */
const PUB = '2027-05-12'; // a Wednesday

const agreements = (claims: Claim[]) => claims.filter((c) => c.kind === 'agreement');

describe('an award whose worth holds a decimal point', () => {
  it('"awarded a contract worth about 2.7 billion euros to a consortium of X and Y": buyer and members', () => {
    const claims = claimsOf(
      'Network Rail has awarded a contract worth about 2.7 billion euros to a consortium of Harrowgate Signalling and Velmont Rail, a Leeds-based track specialist, to renew 140 kilometres of line.',
      'en',
      PUB,
    );
    const c = find(claims, 'agreement', ['Network Rail', 'Harrowgate Signalling', 'Velmont Rail'])[0];
    expect(c?.status).toBe('confirmed');
  });

  it('"awarded a contract worth 3.5 million pounds to X": one winner', () => {
    const claims = claimsOf(
      'Network Rail awarded a contract worth 3.5 million pounds to Corriston Engineering on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Network Rail', 'Corriston Engineering'])).toHaveLength(1);
  });

  it('"won a contract worth 1.8 billion dollars to build … for X": the customer after "for"', () => {
    const claims = claimsOf(
      'Brisklane Energy won a contract worth 1.8 billion dollars to build battery storage at two sites for Duke Energy.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Brisklane Energy', 'Duke Energy'])).toHaveLength(1);
  });

  it('the French award, its worth written with a decimal comma, is read as before', () => {
    const claims = claimsOf(
      'Le ministère des Armées a attribué à Talvergne Optique un accord-cadre de 1,2 milliard d’euros sur huit ans.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['ministère des Armées', 'Talvergne Optique'])).toHaveLength(1);
  });
});

describe('a decimal point lets no award reach past a sentence', () => {
  it('an award with no winner named in its sentence gives no deal with the next sentence’s company', () => {
    const claims = claimsOf(
      'Network Rail awarded a contract worth 2.5 million pounds. Corriston Engineering went to court.',
      'en',
      PUB,
    );
    expect(agreements(claims)).toEqual([]);
  });

  it('a bid for a contract, its worth with a decimal point, is no award', () => {
    for (const text of [
      'Corriston Engineering bid for a contract worth 1.4 billion euros to renew the drains of Leeds.',
      'Corriston Engineering lost a contract worth 1.4 billion euros to Velmont Rail.',
    ])
      expect(agreements(claimsOf(text, 'en', PUB))).toEqual([]);
  });
});
