import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Agreements told inside a denial or beside a venture's apposition; names closed by a lower-case legal form. */
const PUB = '2028-05-12'; // a Friday

const deals = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'agreement' ? [[[...c.parties].sort().join(' + '), c.status]] : []));
const labels = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'certification' ? [[c.parties.join(' + '), c.label]] : []));

describe('a deal told in a reported clause with its own subject', () => {
  it('"X has denied that Y is in talks with Z": the denied talks are between Y and Z, X only speaks', () => {
    expect(
      deals(
        claimsOf(
          'Harlowmere Group has denied that Brenvik Freight is in talks with Ostavel Shipping.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Brenvik Freight + Ostavel Shipping', 'denied']]);
  });

  it('« X a démenti que Y négocie un accord avec Z »: the same in French', () => {
    expect(
      deals(
        claimsOf(
          'Le groupe Harlowmere a démenti que Brenvik Fret négocie un accord d’approvisionnement avec Ostavel Maritime.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Brenvik Fret + Ostavel Maritime', 'denied']]);
  });

  it('counter-example: "X has denied that it is in talks with Z" keeps the denier, the pronoun is its own', () => {
    expect(
      deals(claimsOf('Harlowmere Group has denied that it is in talks with Ostavel Shipping.', 'en', PUB)),
    ).toEqual([['Harlowmere Group + Ostavel Shipping', 'denied']]);
  });
});

describe('talks told with their object before the other side', () => {
  it('"is negotiating a capacity reservation with Z": talks, a rumour', () => {
    expect(
      deals(
        claimsOf('Brenvik Freight is negotiating a capacity reservation with Ostavel Shipping.', 'en', PUB),
      ),
    ).toEqual([['Brenvik Freight + Ostavel Shipping', 'rumour']]);
  });

  it('counter-example: "negotiating" with no side named after it tells no deal', () => {
    expect(
      deals(
        claimsOf('Brenvik Freight is negotiating a capacity reservation at the new terminal.', 'en', PUB),
      ),
    ).toEqual([]);
  });
});

describe('a venture described by its apposition after « avec »', () => {
  it('« en négociation avec V, la coentreprise de A et de B »: the talks are with the venture', () => {
    expect(
      deals(
        claimsOf(
          'Selon nos informations, Ostavel Maritime serait en négociation avec Quaiport Vrac, la coentreprise de Brenvik Fret et de Harlowmere, pour réserver un tiers du terminal.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Ostavel Maritime + Quaiport Vrac', 'rumour']]);
  });

  it('counter-example: « la création avec A de V, une coentreprise … » makes the venture, A is the side', () => {
    expect(
      deals(
        claimsOf(
          'Brenvik Fret a annoncé mardi la création avec Harlowmere de Quaiport Vrac, une coentreprise de manutention détenue à parts égales.',
          'fr',
          PUB,
        ),
      ).map(([parties]) => parties),
    ).not.toContainEqual(expect.stringContaining('Quaiport Vrac'));
  });
});

describe('a name closed by a lower-case legal form', () => {
  it('"X plc has been awarded the Y Mark": the plc is the holder', () => {
    expect(
      labels(claimsOf('Tamberline Smelting plc has been awarded the Cobalt Stewardship Mark.', 'en', PUB)),
    ).toEqual([['Tamberline Smelting', 'Cobalt Stewardship Mark']]);
  });

  it('a semicolon inside the listing brackets ends no clause: the holder before them stays the subject', () => {
    expect(
      labels(
        claimsOf(
          'Tamberline Smelting plc (LSE: TMB; JSE: TMS), the Ndola-based refiner, today announced that its smelter has obtained ISO 14001 certification.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Tamberline Smelting', 'ISO 14001']]);
  });

  it('counter-example: a semicolon outside brackets still ends the clause; the holder is the next subject', () => {
    expect(
      labels(
        claimsOf(
          'Tamberline Smelting plc reported lower sales; Corvane Metals has obtained ISO 14001 certification.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Corvane Metals', 'ISO 14001']]);
  });
});
