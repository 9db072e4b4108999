import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Round 18: which form of a company's name a claim gets (listing tags, joined names, dotted legal forms). */
const PUB = '2027-04-20';

const partiesOf = (claims: Claim[]) => claims.map((c) => `${c.kind}:${[...c.parties].sort().join('|')}`);

describe('a bracketed listing tag names the market, which is no party', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string[]][] = [
    [
      "Kervalis (Euronext : KRV) a annoncé jeudi l'acquisition de 70 % du capital de Talmine.",
      'fr',
      'acquisition',
      ['Kervalis', 'Talmine'],
    ],
    [
      'Kervalis (Euronext Growth : ALKRV) a signé un partenariat avec Orange.',
      'fr',
      'agreement',
      ['Kervalis', 'Orange'],
    ],
    [
      'Brennock Foods (AIM: BRF) has signed a distribution agreement with Tesco.',
      'en',
      'agreement',
      ['Brennock Foods', 'Tesco'],
    ],
    [
      'Tavistock Minerals (TSX: TVM) has signed a supply agreement with Rio Tinto.',
      'en',
      'agreement',
      ['Tavistock Minerals', 'Rio Tinto'],
    ],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(`${parties.join(' + ')} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, kind, parties)).toHaveLength(1);
      expect(claims.flatMap((c) => c.parties)).not.toContain('Euronext');
    });

  it('counter-example: the market operator doing a deal itself stays a party', () => {
    const claims = claimsOf("Euronext a annoncé jeudi l'acquisition de Nordbourse.", 'fr', PUB);
    expect(find(claims, 'acquisition', ['Euronext', 'Nordbourse'])).toHaveLength(1);
  });
});

describe('a "X de Y" name the article always writes whole keeps its full form', () => {
  it('a common-noun head and its complement are one company (fr)', () => {
    const claims = claimsOf(
      "Le groupe Nexans a annoncé jeudi l'acquisition d'une participation de 20 % dans Cuivre de Sarthe, une société mayennaise. Cuivre de Sarthe a par ailleurs signé un partenariat avec Orange.",
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Nexans', 'Cuivre de Sarthe'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Cuivre de Sarthe', 'Orange'])).toHaveLength(1);
    expect(claims.flatMap((c) => c.parties)).not.toContain('Cuivre');
  });

  it("a run inside a longer one still joins (« l'usine de Morlaix de Salaisons du Léon »)", () => {
    const claims = claimsOf(
      "Le groupe Bigard a signé un partenariat avec Salaisons du Léon. L'usine de Morlaix de Salaisons du Léon a obtenu la certification IFS Food.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Bigard', 'Salaisons du Léon'])).toHaveLength(1);
    expect(partiesOf(claims).some((p) => p.includes('Morlaix de'))).toBe(false);
  });

  it('counter-example: a company the article also writes alone keeps its name, the town stays out', () => {
    const claims = claimsOf(
      "Le fabricant Kervalec de Lorient a signé un partenariat avec Orange. Les salariés de Kervalec de Lorient ont approuvé l'accord. Pour Kervalec, c'est une première.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Kervalec', 'Orange'])).toHaveLength(1);
  });

  it("counter-example: a person's name with its particle is no company", () => {
    const claims = claimsOf(
      "Selon Hélène de Rochambeau, Orange a signé un partenariat avec Brevalis. « C'est un tournant », a ajouté Hélène de Rochambeau.",
      'fr',
      PUB,
    );
    expect(claims.flatMap((c) => c.parties)).not.toContain('Hélène de Rochambeau');
  });

  it('English text is left to its own rules', () => {
    const claims = claimsOf(
      'Orange signed a partnership with Brevalis. The deal covers Brevalis of Quebec, and Brevalis of Quebec will hire.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Orange', 'Brevalis'])).toHaveLength(1);
  });
});

describe('a legal form written with dots is a legal form', () => {
  it('"Tripsera N.V." in the release lines, "Tripsera" in the story (en)', () => {
    const claims = claimsOf(
      'Accor and Halvern sign a partnership. Halvern N.V. (Euronext Amsterdam: HLV) today announced a five-year distribution partnership with Accor. Halvern is an online travel agency.',
      'en',
      PUB,
      'Accor and Halvern sign a partnership',
    );
    expect(find(claims, 'agreement', ['Halvern', 'Accor'])).toHaveLength(1);
  });

  it('"Brouwer Logistiek B.V." bought, named without its form elsewhere (en)', () => {
    const claims = claimsOf(
      'Aldcross Freight plc has completed the acquisition of 100% of Brouwer Logistiek B.V., the Rotterdam customs broker. Brouwer Logistiek employs 240 people.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Aldcross Freight', 'Brouwer Logistiek'])).toHaveLength(1);
  });
});
