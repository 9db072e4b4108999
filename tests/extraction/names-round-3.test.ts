import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Things taken for organisations that are none (names round 3): a brand, a work or a grade that qualifies
 * a range noun ("Fiat and Jeep models", "the Hollow Crown series", "West Texas Intermediate crude"); a
 * town after a place's "à" or a city named after a shorter known name ("in Quebec City"); a place before
 * a trade acronym that opens a description ("the Montreal IT services group"). Where a name ends: a name
 * joined by "+" ("Landis+Gyr") is one name; which written form: a wire item's capitals give way to the
 * mixed case the article writes. Invented companies, both languages where the shape exists in both.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort().join(' | '));
const allParties = (claims: Claim[]) => claims.flatMap((c) => c.parties);

describe('a name qualifying a range, a work or a grade is no organisation', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string[], string[]][] = [
    [
      'Stellantis is discussing a supply agreement under which Halvard Optics would provide cameras for several Peugeot, Fiat and Jeep models.',
      'en',
      'agreement',
      ['Halvard Optics | Stellantis'],
      ['Fiat', 'Jeep'],
    ],
    [
      'Stellantis discute d’un accord d’approvisionnement en vertu duquel Halvard Optique fournirait des caméras pour les modèles Peugeot, Fiat et Jeep.',
      'fr',
      'agreement',
      ['Halvard Optique | Stellantis'],
      ['Fiat', 'Jeep'],
    ],
    [
      'Developer of the Ashen Vale franchise jumps 12% on takeover report.',
      'en',
      'share_move',
      [],
      ['Ashen Vale'],
    ],
    [
      'West Texas Intermediate crude fell 1.3% to $71.40 a barrel.',
      'en',
      'share_move',
      [],
      ['West Texas Intermediate'],
    ],
    [
      'Le baril de brut West Texas Intermediate a cédé 1,3 % jeudi.',
      'fr',
      'share_move',
      [],
      ['West Texas Intermediate'],
    ],
  ];
  for (const [text, language, kind, parties, never] of cases)
    it(`${language}: ${text.slice(0, 60)}`, () => {
      const claims = claimsOf(text, language, PUB);
      expect(partiesOf(claims, kind)).toEqual(parties);
      for (const name of never) expect(allParties(claims)).not.toContain(name);
    });

  it('the maker before its range stays a party; a company named "… Models" keeps its name', () => {
    expect(
      partiesOf(
        claimsOf('Marbeck Motors signed a deal with Orvane to build its Kestrel models.', 'en', PUB),
        'agreement',
      ),
    ).toEqual(['Marbeck Motors | Orvane']);
    expect(
      partiesOf(claimsOf('Kestrel Models signed a deal with Orvane Motors.', 'en', PUB), 'agreement'),
    ).toEqual(['Kestrel Models | Orvane Motors']);
  });
});

describe('a place is no party', () => {
  const signed: [string, string][] = [
    [
      'Thales a signé avec Brivane un accord de coopération portant sur les radars de Thales, à Limours.',
      'Brivane | Thales',
    ],
    [
      'Kervalec Réseaux a signé avec Orange un contrat de maintenance pour son réseau Orange, à Lannion.',
      'Kervalec Réseaux | Orange',
    ],
  ];
  for (const [text, parties] of signed)
    it(`fr: the town after ", à" is not listed with the company before it (${parties})`, () => {
      expect(partiesOf(claimsOf(text, 'fr', PUB), 'agreement')).toEqual([parties]);
    });

  const cities: [string, string][] = [
    [
      'Several provinces, led by Quebec and Alberta, want rules on sovereign data. Norvane Cloud won the federal contract on Monday. The company will open a second region, in Quebec City, in January 2028.',
      'Norvane Cloud',
    ],
    [
      'Cities led by Kansas and Missouri officials pushed for the deal. Tarrow Data won the contract on Monday. The company will launch its service in Kansas City in March 2028.',
      'Tarrow Data',
    ],
    [
      'The award comes as provinces, led by Manitoba and Alberta, ask for rules. Norvane Cloud won the contract. The company will open a new region in Manitoba North in 2028.',
      'Norvane Cloud',
    ],
  ];
  for (const [text, launcher] of cities)
    it(`en: a place named after a shorter known name stays a place (${launcher})`, () => {
      expect(partiesOf(claimsOf(text, 'en', PUB), 'launch')).toEqual([launcher]);
    });

  const described: [string, string][] = [
    [
      'Corvane shares rose 2.8% after the Montreal IT services group agreed to buy Cybersylve, a Quebec start-up.',
      'Montreal IT',
    ],
    ['Orange is in talks to take control of Lyon AI cloud Aurélis Compute.', 'Lyon AI'],
    ['Atos said the Munich IT group had agreed to buy Pellworth Data.', 'Munich IT'],
  ];
  for (const [text, wrong] of described)
    it(`en: a place before a trade acronym and its noun is a description, not "${wrong}"`, () => {
      const claims = claimsOf(text, 'en', PUB);
      expect(partiesOf(claims, 'acquisition').length).toBeGreaterThan(0);
      expect(allParties(claims)).not.toContain(wrong);
    });

  it('en: a company named with a trade acronym keeps it ("Sorrelwick AI signed")', () => {
    expect(
      partiesOf(claimsOf('Sorrelwick AI signed a partnership with Orvane Bank.', 'en', PUB), 'agreement'),
    ).toEqual(['Orvane Bank | Sorrelwick AI']);
  });
});

describe('a name joined by "+" is one name', () => {
  it('en: "Vernhold+Partner"', () => {
    expect(
      partiesOf(
        claimsOf('Vernhold+Partner signed a five-year maintenance contract with Orvane Rail.', 'en', PUB),
        'agreement',
      ),
    ).toEqual(['Orvane Rail | Vernhold+Partner']);
  });
  it('fr: "Kessler+Brandt"', () => {
    expect(
      partiesOf(claimsOf('Kessler+Brandt a racheté la PME alsacienne Tollwerk.', 'fr', PUB), 'acquisition'),
    ).toEqual(['Kessler+Brandt | Tollwerk']);
  });
  it('a figure before "+" joins nothing', () => {
    const claims = claimsOf(
      'Growth was 3+ percent at Orvane Rail, which signed a contract with Tarrow Aero.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Orvane Rail | Tarrow Aero']);
  });
});

describe('a wire item’s capitals give way to the mixed case the article writes', () => {
  it('fr', () => {
    const claims = claimsOf(
      'ORVANE LOGISTIQUE, KERVALEC - Orvane Logistique a signé jeudi avec Kervalec un contrat de transport. Orvane Logistique n’a pas souhaité commenter.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Kervalec | Orvane Logistique']);
    expect(partiesOf(claims, 'statement')).toEqual(['Orvane Logistique']);
  });
  it('en', () => {
    const claims = claimsOf(
      'TARROW AERO - Tarrow Aero said on Thursday it had agreed to buy Pellworth Composites. Tarrow Aero shares rose 3%.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'acquisition')).toEqual(['Pellworth Composites | Tarrow Aero']);
    expect(partiesOf(claims, 'share_move')).toEqual(['Tarrow Aero']);
  });
  it('an acronym the article only writes in capitals keeps them', () => {
    const claims = claimsOf('KVR Logistics signed a transport contract with Orvane Rail.', 'en', PUB);
    expect(partiesOf(claims, 'agreement')).toEqual(['KVR Logistics | Orvane Rail']);
  });
});
