import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * People's names read as companies (round 9c): a capitalised "Given Surname" pair whose given name is a
 * common one of either language, written with no title, is a person and no party, in an English article
 * ("Maëlle Kerjean") as in a French one ("Priya Ramsden"). A company named after a person keeps its trade
 * word or legal form ("Owen Lacey Studios", "Dassault Aviation", "Transports Garnaud"). Invented sentences.
 */
const PUB = '2029-05-09T08:00:00Z';

const summary = (claims: Claim[]) => claims.map((c) => `${c.kind}: ${[...c.parties].sort().join(' | ')}`);

describe('a given name and a surname make a person, not a party', () => {
  it('gives no statement or agreement to an untitled person in English', () => {
    expect(
      summary(claimsOf('Priya Ramsden declined to comment on the talks with Boeing.', 'en', PUB)),
    ).toEqual([]);
    expect(summary(claimsOf('Owen Lacey signed a partnership with Airbus on Monday.', 'en', PUB))).toEqual(
      [],
    );
  });

  it('reads two founders as people, not as the sides of a deal', () => {
    const text =
      'Kestrelby Games was founded in 2014 by Fiona Marchetti and Callum Rees, two former engineers at a Leeds studio.';
    expect(summary(claimsOf(text, 'en', PUB))).toEqual([]);
  });

  it('knows the given names of the other language', () => {
    expect(
      summary(claimsOf('Maëlle Kerjean a signé un accord de distribution avec Carrefour.', 'fr', PUB)),
    ).toEqual([]);
    const fr = 'Priya Ramsden a signé un partenariat avec Thales, a annoncé lundi la société.';
    expect(summary(claimsOf(fr, 'fr', PUB))).toEqual([]);
    const quote = "« Nous n'avons reçu aucune offre de Safran », a répondu Bastien Morvan.";
    expect(summary(claimsOf(quote, 'fr', PUB)).some((s) => s.includes('Morvan'))).toBe(false);
  });

  it('gives a family firm its claims, not to its founder', () => {
    const text =
      'Fondés en 1952 par Émile Garnaud avec un seul camion, les Transports Garnaud ont été rachetés par Geodis. Elle avait obtenu en 2025 la certification ISO 39001.';
    expect(summary(claimsOf(text, 'fr', PUB))).toEqual([
      'acquisition: Geodis | Transports Garnaud',
      'certification: Transports Garnaud',
    ]);
  });
});

describe('companies named after people stay companies', () => {
  it('keeps a person’s name closed by a trade word', () => {
    expect(
      summary(claimsOf('Owen Lacey Studios signed a partnership with Airbus on Monday.', 'en', PUB)),
    ).toEqual(['agreement: Airbus | Owen Lacey Studios']);
    expect(
      summary(claimsOf('Ingrid Capital a signé un accord de distribution avec BNP Paribas.', 'fr', PUB)),
    ).toEqual(['agreement: BNP Paribas | Ingrid Capital']);
  });

  it('tells the founder from the company that bears his name', () => {
    const en = 'Dassault Aviation signed a maintenance agreement with Safran on Monday.';
    expect(summary(claimsOf(en, 'en', PUB))).toEqual(['agreement: Dassault Aviation | Safran']);
    const fr =
      "Marcel Dassault a fondé l'avionneur en 1929. Dassault Aviation a signé lundi un contrat avec Thales.";
    expect(summary(claimsOf(fr, 'fr', PUB))).toEqual(['agreement: Dassault Aviation | Thales']);
  });
});
