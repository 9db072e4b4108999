import { describe, expect, it } from 'vitest';
import { ArticleNames } from '../../src/extraction/article-names.ts';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * How an article's names resolve to one party name (cross-corpus names round): a short form takes the
 * full name the article wrote before it even where no position made that full name an organisation; a
 * parent is never renamed to its named unit; a product apposition ends at its noun; an alias of one
 * language's press only. Invented companies, both languages, with counter-examples.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort().join(' | '));

describe('a short form takes the full name written before it in a position that made no organisation', () => {
  const cases: [string, 'fr' | 'en', string, string | undefined][] = [
    [
      'Pellbrook was less kind to utilities. It cut Dunsford Water to ‘underweight’, citing the regulator’s draft ruling, and Dunsford shares fell 1.9%.',
      'en',
      'Dunsford Water',
      undefined,
    ],
    [
      'Le bureau d’études a aussi abaissé Quimperlé Granulats à « alléger », et le titre Quimperlé a reculé de 2,2 %.',
      'fr',
      'Quimperlé Granulats',
      undefined,
    ],
    [
      'BRISTOL — Quenby Aerostructures will spin off its drone unit next year. Quenby shares rose 3.3% on Tuesday.',
      'en',
      'Quenby Aerostructures',
      'Quenby to spin off drone unit',
    ],
  ];
  for (const [text, language, full, title] of cases)
    it(`${language}: ${full}`, () => {
      expect(partiesOf(claimsOf(text, language, PUB, title), 'share_move')).toEqual([full]);
    });

  it('en: a dateline lead gives the full name to the short form of a later deal', () => {
    const claims = claimsOf(
      'DENVER — Holloway Thermal plans to double its output by 2030. Holloway signed a supply agreement with Siemens on Tuesday.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Holloway Thermal | Siemens']);
  });

  it('a longer name first written after the short form is a product, not the full name', () => {
    const claims = claimsOf(
      'Tamsworth said on Tuesday it had signed a supply deal with Renault. Analysts expect demand for Tamsworth Drive to double. Tamsworth shares rose 2%.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'share_move')).toEqual(['Tamsworth']);
    const fr = claimsOf(
      'Corbinel a signé mardi un accord avec Airbus. Les analystes attendent beaucoup de Corbinel Vision et de Corbinel Fleet. L’action Corbinel a gagné 3 % mardi.',
      'fr',
      PUB,
    );
    expect(partiesOf(fr, 'share_move')).toEqual(['Corbinel']);
  });

  it('two longer names that part ways: the short form is the one written first', () => {
    const fr = new ArticleNames();
    fr.add('Ormelle Logiciels', 'company');
    fr.add('Ormelle Paie Express', 'company');
    expect(fr.fullest('Ormelle')?.name).toBe('Ormelle Logiciels');
    const en = new ArticleNames();
    en.add('Ashcombe', 'company');
    en.add('Ashcombe Systems', 'company');
    en.add('Ashcombe Ledger Pilot', 'company');
    expect(en.fullest('Ashcombe')?.name).toBe('Ashcombe Systems');
  });

  it('a longer name that goes on from the first is its fuller name', () => {
    const names = new ArticleNames();
    names.add('Thornvale Capital', 'company');
    names.add('Thornvale Capital Partners', 'company');
    expect(names.fullest('Thornvale')?.name).toBe('Thornvale Capital Partners');
  });
});

describe('a parent is not renamed to its named unit', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string][] = [
    [
      'Shares in telecoms group Marrick fell 2.2% on Tuesday after its payments subsidiary, Marrick Pay, reported a data breach.',
      'en',
      'share_move',
      'Marrick',
    ],
    [
      'Le titre Bressolle a reculé de 1,4 % mardi, la maison mère de Bressolle Nutrition pâtissant d’un rappel de produits.',
      'fr',
      'share_move',
      'Bressolle',
    ],
    [
      'Shares in Brackley rose 2% on Tuesday. Its logistics arm, Brackley Freight, signed a contract with DHL.',
      'en',
      'share_move',
      'Brackley',
    ],
    [
      'Sa filiale, Pontarlier Services, a signé mardi un contrat avec Veolia. Pontarlier a gagné 1 % mardi.',
      'fr',
      'share_move',
      'Pontarlier',
    ],
    [
      'Kestlow, the owner of Kestlow Bank, rose 1.8% on Tuesday after it raised its dividend.',
      'en',
      'share_move',
      'Kestlow',
    ],
  ];
  for (const [text, language, kind, party] of cases)
    it(`${language}: ${party}`, () => {
      expect(partiesOf(claimsOf(text, language, PUB), kind)).toEqual([party]);
    });

  it('the unit acting under its own name stays the unit', () => {
    const claims = claimsOf(
      'Shares in Brackley rose 2% on Tuesday. Its logistics arm, Brackley Freight, signed a contract with DHL.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Brackley Freight | DHL']);
  });

  it('a product sold by its maker stays the maker’s', () => {
    const claims = claimsOf(
      'Halsey Vision, the inspection software sold by Halsey, will run on Nvidia’s edge servers under an agreement the two companies signed on Monday.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Halsey | Nvidia']);
  });
});

describe('a company described as a developer of a product keeps its name', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Shares in Laboratoires Mervane, the Nantes-based vaccine developer listed on Euronext Growth, rose 9% on Tuesday. Mervane declined to comment.',
      'en',
      'Laboratoires Mervane',
    ],
    [
      'Shares in Cadwell Semis, the Cardiff-based chip designer, rose 4% on Tuesday. Cadwell declined to comment.',
      'en',
      'Cadwell Semis',
    ],
  ];
  for (const [text, language, full] of cases)
    it(`${language}: ${full}`, () => {
      expect(partiesOf(claimsOf(text, language, PUB), 'statement')).toEqual([full]);
    });

  it('a product in apposition is still a product', () => {
    const claims = claimsOf(
      'Brenfield said on Monday that Brenfield Dose 2, the new version of its drug, had been approved. Brenfield shares rose 5% on Monday.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'share_move')).toEqual(['Brenfield']);
  });
});

describe('an alias of one language’s press only', () => {
  it('en: "BCE" is a listed company, not the European Central Bank', () => {
    const claims = claimsOf('Shares of BCE, Bell’s parent company, rose 0.4% on Tuesday.', 'en', PUB);
    expect(partiesOf(claims, 'share_move')).toEqual(['BCE']);
  });

  it('fr: « la BCE » is the European Central Bank, which has no shares', () => {
    const claims = claimsOf('La BCE a relevé ses taux directeurs de 0,25 point mardi.', 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
});
