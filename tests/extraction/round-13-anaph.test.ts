import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 13, anaphora: whoever grants or audits a label (« délivré par AFNOR Certification », "issued by
 * Lintmoor Assurance", « à l'issue d'un audit de … ») stands beside the story. It must not become the company
 * a later « la société », « l'entreprise » or "the company" stands for. Every sentence is invented for this
 * file, with other companies than the corpora's.
 */
const PUB = '2029-03-15';

describe('a certifier named in passing is not what a later anaphor stands for', () => {
  it('« délivré par X » then « la société a signé »: the holder signs', () => {
    const claims = claimsOf(
      "Moulinvert a obtenu en mars la certification IFS Food pour son moulin de Brienne. Le certificat lui a été délivré par Certivéa Audit au terme de trois jours de contrôle.\n\nDans la foulée, la société a signé avec Intermarché un contrat d'approvisionnement de quatre ans.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Moulinvert', 'Intermarché'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Certivéa Audit', 'Intermarché'])).toEqual([]);
  });

  it("« à l'issue d'un audit de X » then « l'entreprise a signé »: the holder signs", () => {
    const claims = claimsOf(
      "Moulinvert a obtenu en mars la certification IFS Food, à l'issue d'un audit de Certivéa Audit.\n\nL'entreprise a par ailleurs signé avec Intermarché un contrat d'approvisionnement de quatre ans.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Moulinvert', 'Intermarché'])).toHaveLength(1);
  });

  it('"issued by X" then "the company also signed": the holder signs', () => {
    const claims = claimsOf(
      'Harbeck Foods said its Wrexham bakery had been certified to the BRCGS food safety standard. The certificate was issued by Lintmoor Assurance after a two-day audit.\n\nThe company also signed a five-year supply agreement with Tesco.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Harbeck Foods', 'Tesco'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Lintmoor Assurance', 'Tesco'])).toEqual([]);
  });
});

describe('counter-examples: a certifier that is the story keeps its own deals', () => {
  it('a certifier as the subject of its own accreditation is the company « la société » stands for', () => {
    const claims = claimsOf(
      "Lintmoor Assurance a obtenu l'accréditation Cofrac. Dans la foulée, la société a signé avec Intermarché un contrat d'audit de quatre ans.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Lintmoor Assurance', 'Intermarché'])).toHaveLength(1);
  });

  it('"awarded by" a buyer in a sentence with no label is not read as a certifier', () => {
    const claims = claimsOf(
      'Harbeck Foods won a catering contract awarded by Stanmoor Council. The company also signed a supply agreement with Tesco.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Stanmoor Council', 'Tesco'])).toEqual([]);
  });
});
