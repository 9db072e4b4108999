import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Which company a claim names (round 8, parties). A singular possessive stock word ("its shares", "son
 * titre") told after several companies of its sentence is the leading company's stock, not the partner's or
 * the one named in a side remark. A product the article names after its maker ("sold under the name X
 * Ledger", "commercialisé sous le nom de X Atlas", "X Orbit, the group's messaging service") is no fuller
 * name of the maker: the maker keeps its own name in every claim. Invented companies, both languages.
 */
const PUB = '2026-05-14'; // a Thursday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort().join(' | '));

describe('a possessive stock word after several companies is the leading one’s', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Brackwell Foods signed a delivery partnership with Uber Eats covering its 300 shops, sending its stock up 6.2% on Wednesday.',
      'en',
      'Brackwell Foods',
    ],
    [
      'The ruling weighed on Tamsin Robotics, a Leeds-based company described as Siemens’s main supplier: its shares fell 4.1% on Monday.',
      'en',
      'Tamsin Robotics',
    ],
    [
      'Halbury Mining won a haulage contract from Rio Tinto on Monday, sending its shares up 3.4%.',
      'en',
      'Halbury Mining',
    ],
    [
      'Dorvane a conclu avec Carrefour un accord de distribution de ses yaourts, ce qui a fait bondir son titre de 7,5 % mardi.',
      'fr',
      'Dorvane',
    ],
    [
      'La publication a pesé sur Vernaux Industries, présenté comme le principal sous-traitant d’Airbus : son action a reculé de 3,8 % lundi.',
      'fr',
      'Vernaux Industries',
    ],
  ];
  for (const [text, language, mover] of cases)
    it(text, () => {
      expect(partiesOf(claimsOf(text, language, PUB), 'share_move')).toEqual([mover]);
    });

  const kept: [string, 'fr' | 'en', string][] = [
    // A stock named by its company, or a relative clause of the target, keeps its own company.
    ['Vinci bought a stake in Dorvane on Monday, and Dorvane shares rose 5.1%.', 'en', 'Dorvane'],
    ['Orange agreed to buy Dorvane, whose shares jumped 12% on Tuesday.', 'en', 'Dorvane'],
    ['Airbus et Safran ont signé un accord ; l’action Safran a gagné 2 % lundi.', 'fr', 'Safran'],
  ];
  for (const [text, language, mover] of kept)
    it(`keeps: ${text}`, () => {
      expect(partiesOf(claimsOf(text, language, PUB), 'share_move')).toEqual([mover]);
    });
});

describe('a product named after its maker is no fuller name of the maker', () => {
  it('“sold under the name X …”: the maker signs, launches and is certified under its own name', () => {
    const claims = claimsOf(
      'Brenlow has signed a partnership with Axa. Brenlow said the billing software, sold under the name Brenlow Tally Pro, would be available to banks from March 2027. It also said it had obtained ISO 27001 certification.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['AXA | Brenlow']);
    expect(partiesOf(claims, 'launch')).toEqual(['Brenlow']);
    expect(partiesOf(claims, 'certification')).toEqual(['Brenlow']);
  });

  it('« commercialisé sous le nom de X … » : le lanceur est l’éditeur', () => {
    const claims = claimsOf(
      'Talmont a signé un partenariat avec Orange lundi. Talmont a indiqué que son logiciel de paie, commercialisé sous le nom de Talmont Atlas, sera disponible en mars 2027. Il a par ailleurs obtenu la certification HDS.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Orange | Talmont']);
    expect(partiesOf(claims, 'launch')).toEqual(['Talmont']);
    expect(partiesOf(claims, 'certification')).toEqual(['Talmont']);
  });

  it('« vendue sous la marque X … » : la marque est un produit', () => {
    const claims = claimsOf(
      'Pellorec a signé un partenariat avec Sanofi. Pellorec a précisé que son application de suivi, vendue sous la marque Pellorec Vita, sera disponible dès septembre 2027.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Pellorec | Sanofi']);
    expect(partiesOf(claims, 'launch')).toEqual(['Pellorec']);
  });

  it('“X Orbit, the group’s messaging service”: an apposition of a possessed product noun', () => {
    const claims = claimsOf(
      'Carvane Networks has signed a partnership with Vodafone. Carvane Orbit, the group’s satellite messaging service, will enter general availability on 1 June 2027, Carvane said.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Carvane Networks | Vodafone']);
    expect(partiesOf(claims, 'launch')).toEqual(['Carvane Networks']);
  });

  it('« sous la marque X » : une marque qui est le nom d’une société établie reste cette société', () => {
    const claims = claimsOf(
      'Halvane Assurances a signé mercredi un accord pour racheter 70 % de Prévoyance Tarnaise. Halvane prévoit de commercialiser dès janvier 2029 une gamme de contrats sous la marque Prévoyance Tarnaise. Prévoyance Tarnaise détient depuis 2025 la certification ISO 9001.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'acquisition')).toEqual(['Halvane Assurances | Prévoyance Tarnaise']);
    expect(partiesOf(claims, 'certification')).toEqual(['Prévoyance Tarnaise']);
  });

  const kept: [string, string][] = [
    // A name the article presents as a company, or a unit apposition, stays an organisation.
    [
      'Brenlow Tally Pro, a Leeds-based software company, signed a partnership with Axa on Monday.',
      'AXA | Brenlow Tally Pro',
    ],
    [
      'Kestrel Data, the group’s cloud software unit, signed a partnership with Axa on Monday.',
      'AXA | Kestrel Data',
    ],
  ];
  for (const [text, parties] of kept)
    it(`keeps: ${text}`, () => {
      expect(partiesOf(claimsOf(text, 'en', PUB), 'agreement')).toEqual([parties]);
    });
});
