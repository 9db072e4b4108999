import { describe, expect, it } from 'vitest';
import { commonWordJudge } from '../../src/extraction/common-word-names.ts';
import { commonWords } from '../../src/extraction/common-words.ts';
import { RULES } from '../../src/extraction/rules/load-rule-files.ts';
import { claimsOf, find } from './claims-of.ts';

/** A capitalised common word is no company name: invented articles, invented companies. */
const PUB = '2026-05-12'; // a Tuesday

const partiesOf = (claims: ReturnType<typeof claimsOf>) => claims.flatMap((c) => c.parties);

describe('the frequency lists', () => {
  it('hold the common words of each language, folded, and no proper noun the list writes capitalised', () => {
    const en = commonWords('en');
    const fr = commonWords('fr');
    for (const w of ['income', 'separately', 'strategic', 'partnership', 'bookings'])
      expect(en.has(w)).toBe(true);
    for (const w of ['cela', 'ainsi', 'strategique', 'recettes', 'croissance']) expect(fr.has(w)).toBe(true);
    // The French list keeps case: "Bruxelles" and "Paris" are written capitalised there, so no common word.
    expect(fr.has('bruxelles')).toBe(false);
    expect(en.has('harbrook')).toBe(false);
    // Read once: the same set on every call.
    expect(commonWords('en')).toBe(en);
  });
});

describe('a frequent word opening a sentence before a market verb is no company', () => {
  const cases: [string, string][] = [
    ['Income climbed 7% to £6.9bn in the third quarter, the lender said.', 'Income'],
    ['Bookings jumped 12% in October as the airline added winter routes.', 'Bookings'],
    ['Deposits fell 3.2% over the quarter after the bank cut its savings rates.', 'Deposits'],
    ['Subscriptions rose 9% to 4.1 million, the streaming group said on Monday.', 'Subscriptions'],
    ['Traffic slipped 1.4% in April, the motorway operator said.', 'Traffic'],
  ];
  for (const [sentence, word] of cases)
    it(sentence, () => {
      const text = `${sentence}\n\nShares in Harbrook Logistics rose 4.1% on Tuesday.`;
      const claims = claimsOf(text, 'en', PUB);
      expect(partiesOf(claims)).not.toContain(word);
      // The company the article does name keeps its move.
      expect(find(claims, 'share_move', ['Harbrook Logistics'])).toHaveLength(1);
    });

  it('in French too ("Recette a chuté de 2,1 %")', () => {
    const claims = claimsOf(
      'Recette a chuté de 2,1 % lundi à la Bourse de Paris.\n\nVentes a bondi de 7 % mardi, selon le distributeur.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
});

describe('real companies that are common words keep their claims', () => {
  const registry: [string, string, 'fr' | 'en'][] = [
    ['Orange shares rose 3.1% on Monday after the results.', 'Orange', 'en'],
    ['Apple climbed 2.4% on Monday in New York.', 'Apple', 'en'],
    ['Total fell 1.8% on Monday as crude prices slid.', 'TotalEnergies', 'en'],
    ['Vinci a gagné 1,5 % lundi à la Bourse de Paris.', 'Vinci', 'fr'],
  ];
  for (const [text, company, lang] of registry)
    it(`a registry name: ${company}`, () => {
      expect(find(claimsOf(text, lang, PUB), 'share_move', [company])).toHaveLength(1);
    });

  it('a name the article writes again mid-sentence ("talks with Summit")', () => {
    const claims = claimsOf(
      'Summit climbed 6.2% on Monday.\n\nInvestors cheered the talks between Velmont Foods and Summit over a joint bid.',
      'en',
      PUB,
    );
    expect(find(claims, 'share_move', ['Summit'])).toHaveLength(1);
  });

  it('a name the article gives a legal suffix elsewhere ("Harbour plc")', () => {
    const claims = claimsOf(
      'Harbour plc reported a record year on Monday.\n\nHarbour jumped 5.3% on Monday in London.',
      'en',
      PUB,
    );
    expect(find(claims, 'share_move', ['Harbour'])).toHaveLength(1);
    // Without the suffix, nothing in the article marks it as a name.
    expect(commonWordJudge('Harbour jumped 5.3% on Monday in London.', RULES.en)('Harbour', false)).toBe(
      true,
    );
  });

  it('a name that does what only a company does ("Catalyst signed a …", "Catalyst said it")', () => {
    const claims = claimsOf(
      'Catalyst signed a distribution agreement with Velmont Foods on Monday.\n\nCatalyst said it expected the deal to lift sales.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Catalyst', 'Velmont Foods'])).toHaveLength(1);
  });

  it('a French name that signs ("Croissance a signé un accord")', () => {
    const claims = claimsOf('Croissance a signé un accord de distribution avec Velmont.', 'fr', PUB);
    expect(find(claims, 'agreement', ['Croissance', 'Velmont'])).toHaveLength(1);
  });

  it('an acronym is no common word ("BEST", "CARE")', () => {
    const judge = commonWordJudge('BEST fell 3% on Monday.', RULES.en);
    expect(judge('BEST', false)).toBe(false);
    expect(judge('Best', false)).toBe(true);
  });
});

describe('a title-case headline of common words names no company', () => {
  it('"Strong Demand Signs Off Year" is no party of what the lead says', () => {
    const claims = claimsOf(
      'The group said on Monday it had signed a distribution agreement with Velmont Foods.',
      'en',
      PUB,
      'Strong Demand Signs Off Year',
    );
    expect(partiesOf(claims)).not.toContain('Strong Demand');
  });

  it('a headline name the body writes mid-sentence stays ("Green Energy")', () => {
    const judge = commonWordJudge(
      'Velmont agreed on Monday to sell its wind unit to Green Energy for £80m.',
      RULES.en,
    );
    expect(judge('Green Energy', true)).toBe(false);
    expect(judge('Strong Demand', true)).toBe(true);
    // Outside a headline, a name of several words keeps its treatment.
    expect(judge('Strong Demand', false)).toBe(false);
  });

  it('a headline company whose lead says it speaks for itself stays', () => {
    const claims = claimsOf(
      'Digital Services said on Monday it had agreed to buy Velmont, a Leeds payroll software maker, for £45m.',
      'en',
      PUB,
      'Digital Services Agrees to Buy Velmont',
    );
    expect(find(claims, 'acquisition', ['Digital Services', 'Velmont'])).toHaveLength(1);
  });
});
