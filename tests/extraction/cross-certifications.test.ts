import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, expectHolds } from './claims-of.ts';

/**
 * Classes of certification errors that recur across several tuned corpora (cross-corpus round 2, one
 * claim kind across every corpus), written afresh with invented companies.
 */
const PUB = '2029-05-09';

const certifications = (claims: Claim[]) => claims.filter((c) => c.kind === 'certification');

const holds = (text: string, lang: 'fr' | 'en', holder: string, label: string) =>
  expectHolds(text, lang, PUB, holder, label);

describe('the company a subject relative hangs on holds the label (blind-19, blind-23, blind-21)', () => {
  it('a name, then ", which has been awarded"', () =>
    holds(
      'Microsoft has chosen the hosting firm Pellacombe Cloud for its new region. Pellacombe Cloud, which has been awarded ISO 27001 certification for its two sites, said it expected more public contracts.',
      'en',
      'Pellacombe Cloud',
      'ISO 27001',
    ));
  it('the object of a deal, past its apposition, then ", which this month gained"', () =>
    holds(
      'Safran on Tuesday signed a supply contract with Brackwell Alloys, a Sheffield-based maker of turbine castings, which this month gained Nadcap accreditation for its heat-treatment lines.',
      'en',
      'Brackwell Alloys',
      'Nadcap',
    ));
  it('French: the partner named last, then ", qui a obtenu"', () =>
    holds(
      'Thales a signé un contrat de fourniture avec la PME Ternavel Usinage, un sous-traitant de Figeac, qui a obtenu en mars la certification EN 9100.',
      'fr',
      'Ternavel Usinage',
      'EN 9100',
    ));
  it('"that" after a name: the holder, not the customer before it', () =>
    holds(
      'Airbus picked Dunmoor Composites, which recently received AS9100 certification, for its cabin panels.',
      'en',
      'Dunmoor Composites',
      'AS9100',
    ));
  it('a label a company still needs, in an object relative, is no certification', () => {
    const claims = claimsOf(
      'Orbelle Hosting signed with Airbus, which still needs to obtain the SecNumCloud qualification for the offer.',
      'en',
      PUB,
    );
    expect(certifications(claims)).toEqual([]);
  });
  it('an object relative on the label still gives the holder named after its verb', () => {
    const claims = claimsOf(
      'La qualification SecNumCloud, que détient déjà l’hébergeur Cirvane, reste rare sur le marché.',
      'fr',
      PUB,
    );
    expect(certifications(claims).every((c) => !c.parties.includes('SecNumCloud'))).toBe(true);
  });
});

describe('the topic’s own site or business, named by a common noun, holds the label (blind-15, blind-25, blind-34)', () => {
  it('"Le site de X, qui emploie …, a par ailleurs obtenu"', () =>
    holds(
      'Le fabricant de pompes Hydravelle a publié des ventes en hausse. Le site de Moirans, qui emploie 180 personnes, a par ailleurs obtenu en mai la certification ISO 45001.',
      'fr',
      'Hydravelle',
      'ISO 45001',
    ));
  it('"Par ailleurs, l’usine de X (département) a obtenu"', () =>
    holds(
      'Le robinetier Castelnoir grimpe en Bourse après ses résultats. Par ailleurs, l’usine de Tulle (Corrèze) a obtenu la certification API 6A pour ses vannes de forage.',
      'fr',
      'Castelnoir',
      'API 6A',
    ));
  it('"L’activité a obtenu le label X de l’Ademe"', () =>
    holds(
      'Le transporteur Ferlandis cède sa branche de messagerie. L’activité a obtenu le mois dernier le label Objectif CO2 de l’Ademe.',
      'fr',
      'Ferlandis',
      'Objectif CO2',
    ));
  it('English: "its Toulouse plant had been awarded"', () =>
    holds(
      'Quillmont Sensors also announced that its Toulouse plant had been awarded AS9100 certification, which it needed to supply aircraft makers.',
      'en',
      'Quillmont Sensors',
      'AS9100',
    ));
  it('English: "the plant in X, which …, has received"', () =>
    holds(
      'Harrowgate Foods, the Yorkshire snack maker, reported higher sales on Tuesday. The plant in Leeds, which employs 300 people, has received BRCGS certification.',
      'en',
      'Harrowgate Foods',
      'BRCGS',
    ));
  it('a site that only seeks the label gives nothing', () => {
    const claims = claimsOf(
      'Le fabricant de pompes Hydravelle a publié ses ventes. Le site de Moirans espère obtenir la certification ISO 45001 en 2030.',
      'fr',
      PUB,
    );
    expect(certifications(claims)).toEqual([]);
  });
});

describe('a word that only begins like "to", "for" or "pour" is no purpose (blind-15)', () => {
  it('"Toulouse", "former": the label is still obtained', () => {
    holds(
      'Varenne Avionics said its Toulouse site had obtained EN 9100 certification in March.',
      'en',
      'Varenne Avionics',
      'EN 9100',
    );
    holds(
      'Calloway Pharma said its former vaccine plant had received GMP certification.',
      'en',
      'Calloway Pharma',
      'GMP',
    );
  });
  it('a real purpose still marks an aspiration', () => {
    const claims = claimsOf(
      'Varenne Avionics is investing €4m in its Toulouse site to obtain EN 9100 certification.',
      'en',
      PUB,
    );
    expect(certifications(claims)).toEqual([]);
  });
  it('French "pour obtenir" is still a purpose', () => {
    const claims = claimsOf(
      'Le fabricant Hydravelle investit 3 millions d’euros pour obtenir la certification ISO 45001.',
      'fr',
      PUB,
    );
    expect(certifications(claims)).toEqual([]);
  });
});
