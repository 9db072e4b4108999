import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../../src/entities/entity-registry.ts';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Round 21 (reg): the constituents of CAC 40/SBF 120, DAX/MDAX, FTSE 100, SMI, FTSE MIB, S&P 100 and Nasdaq 100. */
const PUB = '2028-03-22'; // a Wednesday

const registry = createEntityRegistry();
const names = (text: string) => registry.findMentions(text).map((m) => m.entity.name);
const partiesOf = (claims: Claim[]) => claims.map((c) => `${c.kind}:${[...c.parties].sort().join('|')}`);
const named = (claims: Claim[]) => new Set(claims.flatMap((c) => c.parties));

describe('index constituents resolve from the forms the press writes', () => {
  it.each([
    ['Deutsche Boerse et Deutsche Börse', ['Deutsche Börse', 'Deutsche Börse']],
    ['Hannover Rück, Münchener Rück', ['Hannover Re', 'Munich Re']],
    ['Spirax-Sarco, M&S, Howdens', ['Spirax Group', 'Marks & Spencer', 'Howden Joinery']],
    ['Fineco, BPER, Popolare di Sondrio', ['FinecoBank', 'BPER Banca', 'Banca Popolare di Sondrio']],
    [
      'Old Dominion, Thermo Fisher, UnitedHealth',
      ['Old Dominion Freight Line', 'Thermo Fisher Scientific', 'UnitedHealth Group'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a longer registry name wins over the group a word of it names: GE HealthCare, Thomson Reuters, Porsche SE', () => {
    expect(names('GE HealthCare, Thomson Reuters, Porsche SE, Banca Generali, Peugeot Invest')).toEqual([
      'GE HealthCare',
      'Thomson Reuters',
      'Porsche SE',
      'Banca Generali',
      'Peugeot Invest',
    ]);
    expect(names('SES-imagotag et SES')).toEqual(['Vusion', 'SES']);
  });

  it('a short form or alias makes the group a party of its deal', () => {
    expect(
      partiesOf(claimsOf('M&S has agreed to buy Tallowby Foods, a Leeds sandwich maker.', 'en', PUB)),
    ).toContain('acquisition:Marks & Spencer|Tallowby Foods');
    expect(
      partiesOf(
        claimsOf('Hannover Rück a racheté 30 % de Velmora Re, a annoncé le réassureur mardi.', 'fr', PUB),
      ),
    ).toContain('acquisition:Hannover Re|Velmora Re');
    expect(
      partiesOf(claimsOf('Deutsche Post a signé un accord avec Colvanne Logistique.', 'fr', PUB)),
    ).toContain('agreement:Colvanne Logistique|DHL');
    const mps = claimsOf(
      'Monte Paschi is in talks to buy Banca Velessa, people familiar with the matter said.',
      'en',
      PUB,
    );
    expect(partiesOf(mps)).toContain('acquisition:Banca Velessa|Monte dei Paschi di Siena');
    expect(mps.find((c) => c.kind === 'acquisition')?.status).toBe('rumour');
  });

  it('the short form the press writes after the full name is the same group ("MTU Aero Engines … MTU")', () => {
    const claims = claimsOf(
      'MTU Aero Engines a signé un contrat de maintenance avec Solvaig Air. MTU n’a pas souhaité commenter le montant.',
      'fr',
      PUB,
    );
    expect(named(claims)).toEqual(new Set(['MTU Aero Engines', 'Solvaig Air']));
    expect(names('GEA Group, GEA, Redcare Pharmacy, Redcare, Spirax, Xcel')).toEqual([
      'GEA Group',
      'GEA Group',
      'Redcare Pharmacy',
      'Redcare Pharmacy',
      'Spirax Group',
      'Xcel Energy',
    ]);
  });

  it('a newly known group is the subject of its share move and its no-comment', () => {
    const claims = claimsOf(
      'ConvaTec shares fell 3.1% on Tuesday. UnitedHealth declined to comment.',
      'en',
      PUB,
    );
    expect(partiesOf(claims)).toEqual(
      expect.arrayContaining(['share_move:Convatec', 'statement:UnitedHealth Group']),
    );
  });
});

describe('counter-examples: forms left out of the registry stay no party', () => {
  it('"the Dow" is the index, "Next," a sentence adverb', () => {
    const dow = claimsOf('The Dow fell 1.2% on Tuesday while Kelbrook Trails rose 3%.', 'en', PUB);
    expect([...named(dow)]).toEqual(['Kelbrook Trails']);
    const next = claimsOf(
      'Next, Corvelle Diagnostics signed a distribution deal with Tallowby Foods.',
      'en',
      PUB,
    );
    expect(partiesOf(next)).toEqual(['agreement:Corvelle Diagnostics|Tallowby Foods']);
  });

  it('an invented company\'s acronym stays its own: "Corvelle Spatial (CVS)" is no CVS Health', () => {
    const claims = claimsOf(
      'Corvelle Spatial (CVS) a pris une participation de 12 % dans Nivéa Orbit. CVS a confirmé mardi.',
      'fr',
      PUB,
    );
    expect(named(claims).has('CVS Health')).toBe(false);
    expect(names('CVS, ICG, KDP, AEP')).toEqual([]);
  });

  it('a surname a group bears stays the person’s inside a full name ("Dana Abbott", "Ralph Emerson")', () => {
    const abbott = claimsOf(
      '"We signed with Tallowby Foods," said Dana Abbott, chief executive of Corvelle Diagnostics.',
      'en',
      PUB,
    );
    expect(named(abbott).has('Abbott Laboratories')).toBe(false);
    expect(names('Ralph Emerson and Klaus Schwab')).toEqual([]);
  });

  it('"3M" is no match for a figure in millions ("2.3m tonnes")', () => {
    expect(names('It processed 2.3m tonnes and was fined £2.3m.')).toEqual([]);
  });
});
