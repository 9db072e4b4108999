import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Who a role noun or a possessive stands for (round 9, second role-noun pass). A company named after its
 * establishment or its house ("Distillerie Boisvieux", "Maison Lorvange", "Manufacture Brézat", "Hallbeck
 * Brewery") is what a later bare "la distillerie", "la maison", "the brewery" stands for, as subject or as
 * object; an establishment word the article gave no company stands for none. A name inside a possessed
 * noun phrase ("son usine de Saint-Brévin", "sa tomme de Chambéry") tells where or what the unit is: the
 * possessor holds the label. Invented companies, both languages where the shape exists.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort().join(' | '));

type Case = [text: string, lang: 'fr' | 'en', kind: Claim['kind'], parties: string];

describe('a role noun the company’s own name opens on stands for that company', () => {
  const cases: Case[] = [
    [
      'Dans les chais de la Manufacture Brézat, on travaille encore à la main. Valmorel a pris une participation de 20 % dans la manufacture, assortie d’un siège au conseil.',
      'fr',
      'acquisition',
      'Manufacture Brézat | Valmorel',
    ],
    [
      'La Maison Lorvange fabrique des sacs depuis 1931. Le groupe Orsanne a acquis 30 % de la maison, qui emploie 140 personnes.',
      'fr',
      'acquisition',
      'Maison Lorvange | Orsanne',
    ],
    [
      'Le fonds Arvelin serait sur le point de racheter la Distillerie Boisvieux. Construite en 1968, la distillerie compte 30 alambics. Elle a obtenu en 2026 la certification ISO 22000.',
      'fr',
      'certification',
      'Distillerie Boisvieux',
    ],
    [
      'La Clinique Saint-Herbland emploie 400 soignants. La clinique vient d’obtenir la certification ISO 9001, a annoncé sa direction.',
      'fr',
      'certification',
      'Clinique Saint-Herbland',
    ],
    [
      'Valmorel finalise le rachat des Ciments Orbelle, dernière cimenterie familiale de Bretagne. La cimenterie avait obtenu en 2024 la certification ISO 50001, un point que Valmorel dit avoir regardé.',
      'fr',
      'certification',
      'Ciments Orbelle',
    ],
    [
      'Hallbeck Brewery has brewed ales in Leeds since 1868. Carlsford has agreed to buy a 30% stake in the brewery, the two companies said.',
      'en',
      'acquisition',
      'Carlsford | Hallbeck Brewery',
    ],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(text.slice(0, 70), () => {
      expect(partiesOf(claimsOf(text, lang, PUB), kind)).toContain(parties);
    });
});

describe('an establishment word the article gave no company stands for none', () => {
  const cases: [string, 'fr' | 'en', Claim['kind']][] = [
    // "la cimenterie" is the plant of the company bought, not its buyer.
    [
      'Valmorel a finalisé le rachat de Ciments Orbelle. La cimenterie avait obtenu en 2024 la certification ISO 50001.',
      'fr',
      'certification',
    ],
    [
      'Orsanne buys hops from Kestlow Farms. The brewery obtained ISO 14001 certification last year.',
      'en',
      'certification',
    ],
  ];
  for (const [text, lang, kind] of cases)
    it(text.slice(0, 70), () => {
      const parties = partiesOf(claimsOf(text, lang, PUB), kind);
      expect(parties).not.toContain('Valmorel');
      expect(parties).not.toContain('Orsanne');
      expect(parties).not.toContain('Kestlow Farms');
    });

  it('« la maison mère » is no house the article named', () => {
    const text =
      'La Maison Lorvange fabrique des sacs depuis 1931. Orsanne, la maison mère de Tavelle, a signé un accord de distribution avec Quimerc.';
    expect(partiesOf(claimsOf(text, 'fr', PUB), 'agreement')).toContain('Orsanne | Quimerc');
  });

  it('« la maison X » where X is named is X itself', () => {
    const text =
      'La Maison Lorvange fabrique des sacs depuis 1931. Orsanne a racheté la maison Tavelle, spécialiste des foulards.';
    expect(partiesOf(claimsOf(text, 'fr', PUB), 'acquisition')).toContain('Orsanne | Tavelle');
  });
});

describe('a name inside a possessed unit is no holder; the possessor is', () => {
  const cases: Case[] = [
    [
      'Pharvelle est le sujet de l’article. Le choix de Kervalis Bio s’explique aussi par un atout récent : son unité de bioproduction de Saint-Genis a obtenu en mars le certificat BPF de l’ANSM.',
      'fr',
      'certification',
      'Kervalis Bio',
    ],
    [
      'Pharvelle est le sujet. Le choix de Kervalis Bio s’explique par un sésame récent : son laboratoire de Villeneuve-Loubet a obtenu en janvier la certification ISO 17025.',
      'fr',
      'certification',
      'Kervalis Bio',
    ],
    [
      'Orlane Foods a racheté Biscuiterie Tarvel. Bonne nouvelle pour Fromageries Dorvan : sa tomme de Chambéry a obtenu en février le Label Rouge.',
      'fr',
      'certification',
      'Fromageries Dorvan',
    ],
    [
      'Delmont Metals said its plant in Ravenglass had obtained ISO 14001 certification in May.',
      'en',
      'certification',
      'Delmont Metals',
    ],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(text.slice(0, 70), () => {
      const got = partiesOf(claimsOf(text, lang, PUB), kind);
      expect(got).toContain(parties);
      expect(got).toHaveLength(1);
    });

  it('« sa filiale X » where X is named: the subsidiary holds the label', () => {
    const text = 'Le groupe Morvalis se renforce : sa filiale Tarnelle Data a obtenu la certification HDS.';
    expect(partiesOf(claimsOf(text, 'fr', PUB), 'certification')).toEqual(['Tarnelle Data']);
  });

  it('a possessive whose possessor is the other company of the sentence', () => {
    const text =
      'Orvane a signé un contrat avec Delvaux Industrie : l’an dernier, son usine de Vierzon avait obtenu la certification ISO 50001.';
    expect(partiesOf(claimsOf(text, 'fr', PUB), 'certification')).not.toContain('Vierzon');
  });

  it('a pronoun after two companies stays the subject’s', () => {
    const text =
      'Orvane a signé un contrat de fourniture avec Delvaux Industrie. Elle a obtenu en avril la certification ISO 9001.';
    expect(partiesOf(claimsOf(text, 'fr', PUB), 'certification')).toEqual(['Orvane']);
  });
});
