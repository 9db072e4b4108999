import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

// Names whose first letters are lower-case ("eBay", "iHeartMedia") are names all the same; short
// technical terms written the same way ("mRNA", "eSIM", "kWh") are not.
describe('names that start with a lower-case letter', () => {
  it('finds the target of a bid as written', () => {
    const claims = claimsOf(
      'Corvelin Radio has agreed to buy uTalkRadio, the London speech station, for £40m, the two companies said on Tuesday.',
      'en',
      '2026-11-25',
    );
    expect(find(claims, 'acquisition', ['Corvelin Radio', 'uTalkRadio'])).toHaveLength(1);
  });

  it('finds both sides of a French agreement', () => {
    const claims = claimsOf(
      'Le distributeur Maravelle a signé lundi un accord de distribution avec eVolterra, le fabricant grenoblois de vélos électriques.',
      'fr',
      '2026-11-24',
    );
    expect(find(claims, 'agreement', ['Maravelle', 'eVolterra'])).toHaveLength(1);
  });

  it('finds the company whose shares moved', () => {
    const claims = claimsOf('Shares in iSaltern fell 6.2% on Monday after the warning.', 'en', '2026-11-24');
    const move = find(claims, 'share_move', ['iSaltern'])[0];
    expect(move?.kind === 'share_move' ? move.direction : undefined).toBe('down');
  });

  it('takes no technical term for a party', () => {
    const claims = claimsOf(
      'Brenthaven Pharma signed a licensing agreement on its mRNA platform on Monday, adding eSIM trackers to every shipment.',
      'en',
      '2026-11-24',
    );
    for (const c of claims) expect(c.parties.some((p) => /mRNA|eSIM/u.test(p))).toBe(false);
  });
});
