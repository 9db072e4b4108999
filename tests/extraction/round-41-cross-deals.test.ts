import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Agreement and acquisition error classes that recur across corpora by different writers, invented afresh. */
const PUB = '2027-06-15'; // a Tuesday

describe('talks a company denies, beside words about selling it, are a denied takeover', () => {
  const sales: [string, 'fr' | 'en', string, string][] = [
    [
      'Le PDG de Tuilerie Marvejols, Paul Fabre, a voulu rassurer les salariés. « Il n’y a aucune négociation avec Wienerberger, ni avec personne. L’entreprise n’est pas à vendre », a-t-il déclaré.',
      'fr',
      'Wienerberger',
      'Tuilerie Marvejols',
    ],
    [
      'Des rumeurs prêtent à Lactalis un intérêt pour Fromagerie Saint-Ours. « Il n’y a jamais eu de discussion avec Lactalis », a déclaré Fromagerie Saint-Ours, qui entend rester indépendante.',
      'fr',
      'Lactalis',
      'Fromagerie Saint-Ours',
    ],
    [
      'Brenlow Tools said it had "never been in talks with Stanley Black & Decker" and intended to remain independent.',
      'en',
      'Stanley Black & Decker',
      'Brenlow Tools',
    ],
    [
      'Orrin Bakeries was named last month as a possible target of Grupo Bimbo. "There have been no talks with Grupo Bimbo," Orrin Bakeries said on Monday. "The company is not for sale."',
      'en',
      'Grupo Bimbo',
      'Orrin Bakeries',
    ],
  ];
  for (const [text, lang, buyer, target] of sales)
    it(`${buyer} / ${target} (${lang}): acquisition denied, no agreement`, () => {
      const claims = claimsOf(text, lang, PUB);
      const deals = claims.filter((c) => c.kind === 'acquisition');
      expect(deals.map((c) => c.parties)).toEqual([[buyer, target]]);
      expect(deals[0]?.status).toBe('denied');
      expect(find(claims, 'agreement', [buyer, target])).toEqual([]);
    });

  const partnerships: [string, 'fr' | 'en', string[]][] = [
    [
      'Sur le cloud, « il n’y a aucune négociation avec Scaleway pour un partenariat », a indiqué Hostinval, qui prépare une offre souveraine pour 2028.',
      'fr',
      ['Hostinval', 'Scaleway'],
    ],
    [
      'Kestwick Foods said there were no talks with Carrefour about a supply deal and that its range would reach shops in the autumn.',
      'en',
      ['Kestwick Foods', 'Carrefour'],
    ],
  ];
  for (const [text, lang, parties] of partnerships)
    it(`${parties.join(' / ')} (${lang}): talks denied with no sale in sight stay an agreement`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
      expect(find(claims, 'agreement', parties)[0]?.status).toBe('denied');
    });
});

describe('a person the article introduced by title is no party of a deal', () => {
  const cases: [string, 'fr' | 'en', string, string[]][] = [
    [
      'Vernaison Robotique et Siemens ont signé un accord de distribution. « Cet accord nous ouvre l’Allemagne », a déclaré Dario Quérec, responsable des ventes de Vernaison Robotique.',
      'fr',
      'Quérec',
      ['Vernaison Robotique', 'Siemens'],
    ],
    [
      'Vernaison Robotique a signé un accord de distribution avec Siemens, a précisé son directeur général, Kilian Olliéro. Siemens, présenté comme un acquéreur possible, n’a pas participé aux discussions, a indiqué Kilian Olliéro.',
      'fr',
      'Olliéro',
      ['Vernaison Robotique', 'Siemens'],
    ],
    [
      'Quillmere Labs raised $40m, its chief executive, Tamsin Orrell, said. The round comes after Quillmere Labs signed a licensing deal with Roche, a deal Orrell described as "the start of our commercial life." Orrell declined to say whether Quillmere Labs had received acquisition approaches.',
      'en',
      'Orrell',
      ['Quillmere Labs', 'Roche'],
    ],
    [
      'Brackwater Analytics signed a cloud contract with Microsoft on Monday, its chief executive, Nils Ekwall, said. Ekwall declined to say whether Brackwater Analytics had received takeover approaches.',
      'en',
      'Ekwall',
      ['Brackwater Analytics', 'Microsoft'],
    ],
  ];
  for (const [text, lang, person, parties] of cases)
    it(`${person} (${lang}) is in no agreement or acquisition; ${parties.join(' / ')} stays`, () => {
      const claims = claimsOf(text, lang, PUB);
      const deals = claims.filter((c) => c.kind === 'agreement' || c.kind === 'acquisition');
      expect(deals.some((c) => c.parties.some((p) => p.includes(person)))).toBe(false);
      expect(find(claims, 'agreement', parties).length).toBe(1);
    });

  it('a company that shares a word with an officer’s name keeps its deals', () => {
    const text =
      'Marc Dorlane, directeur général de Garnier Logistique, a confirmé l’accord. Garnier Logistique a signé un partenariat avec Geodis pour ses entrepôts du Nord.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'agreement', ['Garnier Logistique', 'Geodis']).length).toBe(1);
  });
});
