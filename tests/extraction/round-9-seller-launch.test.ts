import { describe, expect, it } from 'vitest';
import type { Claim, LaunchClaim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Who launches when one company sells, distributes or offers another's goods: the seller the pronoun or
 * role noun stands for, not the maker named after the verb (blind-8, blind-31, blind-38).
 */
const launches = (claims: Claim[]) => claims.filter((c): c is LaunchClaim => c.kind === 'launch');
type Case = { text: string; lang: 'fr' | 'en'; title?: string; party: string; date: string };

describe('an anaphor selling another company’s goods launches them, not their maker', () => {
  const cases: Case[] = [
    {
      text: 'Darnley Foods said on Tuesday it had agreed to buy Pellworth Dairy for $300 million. The group said it would start selling Pellworth’s organic yoghurts across its UK stores from April 2028.',
      lang: 'en',
      party: 'Darnley Foods',
      date: '2028-04',
    },
    {
      text: 'Corbridge Home agreed on Monday to buy a 15% stake in Velsa Lighting, a Danish lamp designer. The retailer also said it would start selling Velsa’s lamps in its 60 stores from October 2027.',
      lang: 'en',
      title: 'Corbridge Home buys into Velsa Lighting',
      party: 'Corbridge Home',
      date: '2027-10',
    },
    {
      text: 'Ardélis a annoncé jeudi l’acquisition de 30 % de Mirabane, une marque de maquillage vendue en ligne. Les fondateurs de Mirabane resteront majoritaires. Le groupe a indiqué qu’il distribuerait la marque dans ses boutiques européennes à partir de mars 2028.',
      lang: 'fr',
      title: 'Ardélis prend 30 % de Mirabane',
      party: 'Ardélis',
      date: '2028-03',
    },
    {
      text: 'Brenmoor Retail has taken a 20% stake in the shoemaker Caldrey Boots. The chain said it will start selling the brand in its French shops from June 2028.',
      lang: 'en',
      title: 'Brenmoor Retail buys into Caldrey Boots',
      party: 'Brenmoor Retail',
      date: '2028-06',
    },
  ];
  for (const { text, lang, title, party, date } of cases)
    it(text, () => {
      const found = launches(claimsOf(text, lang, '2027-05-12', title));
      expect(found.map((c) => c.parties)).toEqual([[party]]);
      expect(found[0]?.eventDate).toBe(date);
    });
});

describe('a maker launching its own goods through a seller stays the launcher', () => {
  const cases: Case[] = [
    {
      text: 'Kelmont Gear agreed a partnership with Brisbane Outdoor. Kelmont will launch its new tent range through Brisbane Outdoor’s stores from May 2028.',
      lang: 'en',
      party: 'Kelmont Gear',
      date: '2028-05',
    },
    {
      text: 'Tessane a annoncé un accord de distribution avec Marvéol. Tessane lancera sa nouvelle gamme dans les magasins de Marvéol à partir de janvier 2028.',
      lang: 'fr',
      party: 'Tessane',
      date: '2028-01',
    },
    {
      text: 'Marvéol a annoncé un accord de distribution avec Tessane. Marvéol commercialisera la gamme de Tessane à partir de janvier 2028.',
      lang: 'fr',
      party: 'Marvéol',
      date: '2028-01',
    },
    {
      text: 'Halvern Retail has agreed a supply deal with Corvesta Labs. Halvern Retail will distribute Corvesta’s skincare range in Germany from September 2027.',
      lang: 'en',
      party: 'Halvern Retail',
      date: '2027-09',
    },
  ];
  for (const { text, lang, party, date } of cases)
    it(text, () => {
      const found = launches(claimsOf(text, lang, '2027-05-12'));
      expect(found.map((c) => c.parties)).toEqual([[party]]);
      expect(found[0]?.eventDate).toBe(date);
    });

  it('a pronoun standing for the goods, sold passively, is no seller', () => {
    const text =
      'Orlen Tools has signed a distribution deal with Fenwick Stores. Its cordless drill range will be sold in Fenwick’s shops from March 2028.';
    const found = launches(claimsOf(text, 'en', '2027-05-12'));
    expect(found.every((c) => !c.parties.includes('Fenwick Stores'))).toBe(true);
  });
});
