import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Who launches an offer when the sentence's subject is not a plain company name (mechanism round 8, makers):
 * the owner a possessive or « de » names in the subject, the company the sentence before opened on for a
 * singular possessive, never a partner or a channel named after the launch words. Sentences written afresh.
 */
const PUB = '2026-05-12';

const launchesOf = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === 'launch');

describe("the owner of the offer the availability verb's subject names makes it", () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'A Brevard Group spokeswoman said the first model of Tamsin Cycles’s new cargo bike range would go on sale in France in March 2027.',
      'en',
      'Tamsin Cycles',
    ],
    [
      'Holbrook Retail said the deal should close by June and that Fennick Textiles’s new hiking range would be sold across Holbrook Retail’s stores from September 2027.',
      'en',
      'Fennick Textiles',
    ],
    [
      'Orvantis a indiqué que le vaccin phare de Pellane Bio, le PB-12, pourrait être commercialisé en Europe à partir de 2028.',
      'fr',
      'Pellane Bio',
    ],
    [
      'Le président de Dravelle a précisé que la nouvelle gamme de Corvane Textiles sera commercialisée à partir de mars 2027.',
      'fr',
      'Corvane Textiles',
    ],
  ];
  for (const [text, lang, maker] of cases)
    it(text, () => {
      expect(launchesOf(text, lang).map((c) => c.parties)).toEqual([[maker]]);
    });

  it('a reporting company keeps the status it gives the owner’s plan', () => {
    const [claim] = launchesOf(
      'Holbrook Retail said the deal should close by June and that Fennick Textiles’s new hiking range would be sold across Holbrook Retail’s stores from September 2027.',
      'en',
    );
    expect(claim?.status).toBe('confirmed');
  });
});

describe('a singular possessive opening the sentence stands for the company the sentence before opened on', () => {
  it('even when the pair tells of it afterwards', () => {
    const text =
      'Ashdale Rail agreed to buy 70% of Corrigan Sensors for £90 million, the two companies said on Monday. ' +
      'Corrigan, which employs 210 people in Leeds, has doubled its sales since 2023. ' +
      'Its new track monitoring system, RailSense, will be commercially available to operators from mid-2027, the companies said.';
    expect(launchesOf(text, 'en').map((c) => c.parties)).toEqual([['Corrigan Sensors']]);
  });

  it('counter-example: a pair opening the sentence before is no singular owner', () => {
    const text =
      'Kervane et Moussel Énergie créent la coentreprise Solwatt. Son offre sera disponible en 2029.';
    expect(launchesOf(text, 'fr').map((c) => c.parties)).not.toContainEqual(['Kervane']);
  });
});

describe('a partner or a channel named after the launch words is not the maker', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Pavlo Payments raised €40 million from investors on Monday. Instant transfers for freelancers go live in Portugal on March 3, 2027 with Banco Ferral.',
      'en',
      'Pavlo Payments',
    ],
    [
      "Tessigny Logiciels a cédé sa division de logiciels de flotte à Ormel lundi. L'éditeur lyonnais lancera le 1er février 2027 un assistant de paie construit avec Mistrane.",
      'fr',
      'Tessigny Logiciels',
    ],
    [
      'Corlane Foods raised €12 million on Monday. Its oat drinks will go on sale in Spain in April 2027 through Mercalia.',
      'en',
      'Corlane Foods',
    ],
    [
      'Tessigny Logiciels a présenté ses comptes lundi. Le nouvel assistant de paie sera disponible le 1er février 2027 chez Darvel et via Mistrane.',
      'fr',
      'Tessigny Logiciels',
    ],
  ];
  for (const [text, lang, maker] of cases)
    it(text, () => {
      expect(launchesOf(text, lang).map((c) => c.parties)).toEqual([[maker]]);
    });
});

describe('counter-examples: the subject company stays the maker', () => {
  const cases: [string, 'fr' | 'en', string[][]][] = [
    // The company's own name opens the subject: no other owner to find.
    ['Tamsin Cycles said its new cargo bike would go on sale in March 2027.', 'en', [['Tamsin Cycles']]],
    // A possessor inside an aside is not the subject's owner.
    [
      'The full service, including Verrand’s mapping tools, will be available from 2028, Olsby Mobility said.',
      'en',
      [['Olsby Mobility']],
    ],
    // A customer's name after the verb is not what is sold.
    [
      'Marlow Energy will offer its heat pumps to Ferrand Homes buyers from June 2027.',
      'en',
      [['Marlow Energy']],
    ],
    // A partner named before the verb, in the subject, stays the maker's partner.
    [
      'Dravelle et Corvane lanceront ensemble une offre commune en mars 2027.',
      'fr',
      [['Dravelle', 'Corvane']],
    ],
  ];
  for (const [text, lang, expected] of cases)
    it(text, () => {
      expect(launchesOf(text, lang).map((c) => c.parties)).toEqual(expected);
    });
});
