import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Agreement classes that recur across several tuned corpora (session 6, one claim kind across every corpus),
 * written afresh with invented companies.
 */
const PUB = '2030-05-14';

const agreements = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, PUB).filter((c) => c.kind === 'agreement');

describe('a sentence giving the terms of the deal just told adds no new sides (blind-10, -21, -24)', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Dunvale Software signed a distribution agreement with SAP on Monday. Under the agreement, SAP will resell Dunvale Ledger to its customers, and the two companies will build connectors for Microsoft Dynamics.',
      'en',
      ['Dunvale Software', 'SAP'],
    ],
    [
      'Kervane Robotique a signé un accord de distribution avec Capgemini. Aux termes de cet accord, Capgemini revendra la plateforme de Kervane Robotique aux clients de Bouygues Telecom.',
      'fr',
      ['Kervane Robotique', 'Capgemini'],
    ],
    [
      'Tessaly a signé un partenariat avec Thales. Dans le cadre de cet accord, Thales intégrera les capteurs de Tessaly dans les radars livrés à Airbus.',
      'fr',
      ['Tessaly', 'Thales'],
    ],
  ];
  it.each(cases)('%s', (text, language, pair) => {
    const found = agreements(text, language);
    expect(find(found, 'agreement', pair)).toHaveLength(1);
    expect(found).toHaveLength(1);
  });

  it('a deal first told in the framing clause itself is still read ("Under a deal signed on Monday")', () => {
    const found = agreements('Under a deal signed on Monday, Nexans will supply cables to Orsted.', 'en');
    expect(find(found, 'agreement', ['Nexans', 'Ørsted'])).toHaveLength(1);
  });
});

describe('a signing told without its subject is the article’s company (blind-28, -34; nominal, infinitive)', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Brévalis Industrie a publié mercredi un chiffre d’affaires en hausse de 8 %. Le communiqué mentionne aussi la signature d’un partenariat avec Schneider Electric pour développer des capteurs.',
      'fr',
      ['Brévalis Industrie', 'Schneider Electric'],
    ],
    [
      'Le fabricant Morlac Composites a obtenu la certification EN 9100. Ce sésame lui a permis de conclure dans la foulée un contrat de fourniture avec Airbus.',
      'fr',
      ['Morlac Composites', 'Airbus'],
    ],
    [
      'Pellmore Robotics published quarterly results on Tuesday. The release also mentioned the signing of a supply agreement with Siemens for its factory robots.',
      'en',
      ['Pellmore Robotics', 'Siemens'],
    ],
    [
      'Quarne Data said on Monday that its new certification had allowed it to sign a hosting contract with Orange.',
      'en',
      ['Quarne Data', 'Orange'],
    ],
  ];
  it.each(cases)('%s', (text, language, pair) => {
    expect(find(agreements(text, language), 'agreement', pair)).toHaveLength(1);
  });

  it('with no company the article is about, nothing is invented ("Le ministre a salué la signature …")', () => {
    expect(agreements('Le ministre a salué la signature d’un accord avec Orange.', 'fr')).toHaveLength(0);
  });
});

describe('a contract won with its amount before the noun, the customer after "from" or "for" (blind-28, -33, phrasebook-5, -6)', () => {
  const cases: [string, string[]][] = [
    [
      'Halcrest Power won a $620 million contract to build battery storage at three sites for Duke Energy.',
      ['Halcrest Power', 'Duke Energy'],
    ],
    ['Nexans won a £300 million order from Orsted on Tuesday.', ['Nexans', 'Ørsted']],
    ['Siemens won a €45m contract from Vinci to equip two tunnels.', ['Siemens', 'Vinci']],
  ];
  it.each(cases)('%s', (text, pair) => {
    expect(find(agreements(text, 'en'), 'agreement', pair)).toHaveLength(1);
  });

  it('a contract "for" a task names no customer', () => {
    expect(
      agreements('Halcrest Power won a $50 million contract for the maintenance of its wind farms.', 'en'),
    ).toHaveLength(0);
  });
});
