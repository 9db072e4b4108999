import { describe, expect, it } from 'vitest';
import { claimsOf, expectHolds } from './claims-of.ts';

/** Certification holders and labels a fifteenth round showed, written afresh with invented companies. */
const PUB = '2027-05-11'; // a Tuesday

const certs = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === 'certification');

describe('an anaphor that obtains a label in a deal story stands for the unknown target, not the known buyer', () => {
  it('fr: « l’entreprise, qui … » after the buyer was named last', () => {
    expectHolds(
      "Danone a annoncé lundi le rachat de la Fromagerie Brévannaise, une PME du Jura. Le montant n'a pas été dévoilé et Danone n'a pas souhaité commenter.\n\nL'entreprise, qui emploie 80 personnes, a par ailleurs obtenu en mars la certification ISO 22000.",
      'fr',
      PUB,
      'Fromagerie Brévannaise',
      'ISO 22000',
    );
  });
  it('en: "its plant" after the bidder was named last', () => {
    expectHolds(
      'Siemens has agreed to buy Corvale Instruments, a Leeds maker of flow meters, for £90 million. Siemens shares were flat.\n\nIn March, its plant in Bradford received ISO 14001 certification.',
      'en',
      PUB,
      'Corvale Instruments',
      'ISO 14001',
    );
  });
  it('a known company with no deal keeps its own plant', () => {
    expectHolds(
      'Danone a publié lundi ses résultats trimestriels, en hausse de 4 %.\n\nSon usine de Villecomtal a par ailleurs obtenu en mars la certification ISO 50001.',
      'fr',
      PUB,
      'Danone',
      'ISO 50001',
    );
  });
  it('a known target stays with the topic rule', () => {
    const claims = certs(
      "Siemens has agreed to buy Alstom's signalling arm for €2 billion. Siemens said the deal would close in June.\n\nIts plant in Erlangen also received ISO 50001 certification last month.",
      'en',
    );
    expect(claims.some((c) => c.parties.includes('Alstom'))).toBe(false);
  });
});

describe('a subsidiary named after the possessive holds the label itself', () => {
  it('fr: « Sa filiale X a obtenu »', () => {
    expectHolds(
      "Le groupe Valmorel a publié lundi un chiffre d'affaires de 2 milliards d'euros.\n\nSa filiale Valmorel Hydro Services a par ailleurs obtenu la certification ISO 55001 pour son usine de Tarbes.",
      'fr',
      PUB,
      'Valmorel Hydro Services',
      'ISO 55001',
    );
  });
  it('en: "Its subsidiary X received"', () => {
    expectHolds(
      'Brackmoor Group reported revenue of £400 million on Monday.\n\nIts subsidiary Brackmoor Rail Systems also received ISO 9001 certification in April.',
      'en',
      PUB,
      'Brackmoor Rail Systems',
      'ISO 9001',
    );
  });
});

describe('"X said it had been certified": the pronoun after a company that speaks is that company', () => {
  it('en: a named company in a round-up, after another company was the topic', () => {
    expectHolds(
      'Siemens agreed to buy Harlow Pumps for £60 million.\n\nMeanwhile Dunmere & Fisk, the Norwich furniture maker, said on Thursday it had been certified as a B Corporation by B Lab.',
      'en',
      PUB,
      'Dunmere & Fisk',
      'B Corp',
    );
  });
  it('fr: « X a indiqué jeudi qu’elle avait obtenu »', () => {
    expectHolds(
      "Danone a racheté la Laiterie Morvanelle pour 40 millions d'euros.\n\nDe son côté, la Brasserie Quintal, installée à Dijon, a indiqué jeudi qu'elle avait obtenu la certification ISO 14001.",
      'fr',
      PUB,
      'Brasserie Quintal',
      'ISO 14001',
    );
  });
});

describe('a label named in the words of the article’s language', () => {
  it('fr: « le marquage CE » keeps its French name', () => {
    expectHolds(
      'Orthéva Medical a obtenu le marquage CE pour sa prothèse de genou Genova.',
      'fr',
      PUB,
      'Orthéva Medical',
      'marquage CE',
    );
  });
  it('en: "CE marking" keeps the registry name', () => {
    expectHolds(
      'Orthelia Devices said it had received CE marking for its knee implant.',
      'en',
      PUB,
      'Orthelia Devices',
      'CE marking',
    );
  });
  it('en: a CMMC level is a certificate of its own', () => {
    expectHolds(
      'Garrow Defense Systems obtained CMMC Level 2 certification in March.',
      'en',
      PUB,
      'Garrow Defense Systems',
      'CMMC Level 2',
    );
  });
  it('en: a bare CMMC stays CMMC', () => {
    expectHolds(
      'Garrow Defense Systems obtained CMMC certification in March.',
      'en',
      PUB,
      'Garrow Defense Systems',
      'CMMC',
    );
  });
});

describe('a label qualifying an indefinite provider names no holder', () => {
  it('en: "hosted by an HDS-certified provider"', () => {
    expect(
      certs(
        'Mevora Health, which works with six NHS trusts, will need its French data hosted by an HDS-certified provider and expects to pick one by June.',
        'en',
      ),
    ).toEqual([]);
  });
  it('en: a named company certified still counts', () => {
    expectHolds(
      'Corvane Hosting said on Monday it had become HDS-certified after an audit.',
      'en',
      PUB,
      'Corvane Hosting',
      'HDS',
    );
  });
});
