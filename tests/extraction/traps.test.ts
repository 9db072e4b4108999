import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

describe('traps: no claim', () => {
  it.each([
    ['fr', 'La France et l’Allemagne ont réaffirmé leur attachement à l’accord de Paris sur le climat.'],
    ['en', 'Both countries said they remain committed to the Paris climate agreement.'],
    ['fr', 'Le tennisman Rafael Nadal et son coéquipier Marc López ont noué un partenariat pour le double.'],
    ['en', 'Tennis player Rafael Nadal and Roger Federer teamed up for a charity match.'],
    ['fr', 'Apple va-t-il racheter Ubisoft ?'],
    ['en', 'Could Oracle buy Atos?'],
    ['fr', 'Le CAC 40 a reculé de 0,8 % mardi.'],
    ['en', 'The S&P 500 rose 1.2% and the Nasdaq gained 2% on Friday.'],
    ['fr', 'Capgemini a annoncé une réduction de ses coûts de 10 % d’ici 2026.'],
    ['fr', 'L’offre fait ressortir une prime de 30 % sur le dernier cours de Bourse d’Atos.'],
    ['en', 'Orange said its revenue rose 4% in the third quarter.'],
    ['fr', 'L’offre devra décrocher la qualification SecNumCloud de l’ANSSI avant 2025.'],
    ['fr', 'Scaleway espère obtenir la qualification SecNumCloud l’an prochain.'],
    ['en', 'Helvor expects to obtain the SecNumCloud qualification next year.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(claimsOf(text, lang, '2024-06-12')).toEqual([]);
  });

  it('a company named as not part of the deal is not a party', () => {
    const fr = claimsOf('Airbus et Thales ont signé un accord spatial, sans Safran.', 'fr');
    expect(find(fr, 'agreement', ['Airbus', 'Thales'])).toHaveLength(1);
    const en = claimsOf(
      'Siemens, which had been seen as a possible partner, is not part of the agreement between Schneider Electric and Legrand.',
      'en',
    );
    expect(en.filter((c) => c.parties.includes('Siemens'))).toEqual([]);
  });

  it('an index moving beside a company is not the company’s move', () => {
    const claims = claimsOf(
      'Atos a bondi de 8,42 %, tandis que le CAC 40 a cédé 0,74 %.',
      'fr',
      '2024-06-11',
    );
    expect(claims).toEqual([
      expect.objectContaining({ kind: 'share_move', parties: ['Atos'], percent: 8.42 }),
    ]);
  });

  it('ignores sidebars, tickers and headlines: body text only', () => {
    const text = [
      'Lire aussi : Orange rachète la start-up Acme Robotics',
      'Médiavox 12,40 € +5,2 %',
      'Stellantis : l’action bondit de 4,2 %',
      'Le marché du cloud souverain reste disputé en France.',
    ].join('\n\n');
    expect(claimsOf(text, 'fr', '2024-06-12')).toEqual([]);
  });
});

describe('index moves of smaller exchanges', () => {
  it('takes no index for a company, whichever exchange it measures', () => {
    for (const text of [
      'The OMX Stockholm 30 slipped 1.1% on Tuesday and the SMI added 0.2%.',
      'The S&P/TSX composite index rose 0.5% while the Kospi fell 1.2% on Tuesday.',
      'In Lisbon the PSI 20 fell 0.6% on Tuesday, and the WIG 20 gained 0.4% in Warsaw.',
    ]) {
      const claims = claimsOf(text, 'en', '2026-11-25');
      expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
    }
  });
});
