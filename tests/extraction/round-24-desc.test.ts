import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, partiesAndStatus } from './claims-of.ts';

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], publishedAt = '2028-11-13') =>
  partiesAndStatus(claimsOf(text, language, publishedAt), kind);

describe('the Brest mutualist group is Arkéa, and access promised to an offer is a launch', () => {
  it('reads « le groupe mutualiste brestois » as Crédit Mutuel Arkéa, launching its range for the clients it bought', () => {
    expect(
      of(
        "Crédit Mutuel Arkéa rachète Banque Vardelle. Le groupe mutualiste brestois a indiqué que les 20 000 clients de Banque Vardelle n'auraient pas accès à sa gamme d'épargne avant le printemps 2029.",
        'fr',
        'launch',
      ),
    ).toEqual([{ parties: ['Crédit Mutuel Arkéa'], status: 'confirmed' }]);
  });

  it('does not read access lost to accounts as a launch', () => {
    expect(
      of(
        "Crédit Mutuel Arkéa rachète Banque Vardelle. Le groupe mutualiste brestois a indiqué que les 20 000 clients de Banque Vardelle n'auront plus accès à leurs comptes le 3 mai.",
        'fr',
        'launch',
      ),
    ).toEqual([]);
  });
});

describe('« l’électronicien » is a trade noun: « l’électronicien de Labège » is a company of that town, not a party named Labège', () => {
  it('reads the descriptor as the company the sentence before introduced', () => {
    expect(
      of(
        "Vormelle Systèmes change de dimension. L'électronicien de Labège a signé avec Dassault Aviation un accord de coopération portant sur un pod de brouillage.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Dassault Aviation', 'Vormelle Systèmes'], status: 'confirmed' }]);
  });

  it('keeps a company actually named after its trade word', () => {
    expect(
      of(
        'Électronicien Lorvane a signé avec Dassault Aviation un accord de coopération portant sur un pod de brouillage.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Dassault Aviation', 'Électronicien Lorvane'], status: 'confirmed' }]);
  });
});

describe('« un porte-parole du groupe » speaks for the company the sentence before had as subject', () => {
  const story = (second: string) =>
    `Verlane et Sambrix Biotech ont annoncé lundi la signature d'un accord de licence mondial.\n\nLe groupe de Wavre versera 85 millions d'euros à la signature. Sambrix conserve les droits dans deux indications.\n\n${second} Mardi matin, un porte-parole du groupe a confirmé le montant du paiement initial.`;
  const speakers = (second: string) =>
    claimsOf(story(second), 'fr', '2028-11-13')
      .filter((c) => c.kind === 'statement' && c.evidence.text.startsWith('Mardi'))
      .map((c) => c.parties);

  it('after a side remark whose subject declined to comment', () => {
    expect(speakers('Interrogé début mars, Verlane n’avait pas souhaité commenter.')).toEqual([['Verlane']]);
  });

  it('after a plain sentence whose subject is that company', () => {
    expect(speakers('Verlane n’avait pas souhaité commenter début mars.')).toEqual([['Verlane']]);
  });

  it('leaves a spokesperson of a named company to that company', () => {
    const text =
      "Verlane et Sambrix Biotech ont annoncé lundi la signature d'un accord de licence mondial. Verlane n’avait pas souhaité commenter début mars. Mardi matin, un porte-parole de Sambrix Biotech a confirmé le montant du paiement initial.";
    expect(
      claimsOf(text, 'fr', '2028-11-13')
        .filter((c) => c.kind === 'statement' && c.evidence.text.startsWith('Mardi'))
        .map((c) => c.parties),
    ).toEqual([['Sambrix Biotech']]);
  });
});

describe('a company right after a bare side remark is the sentence’s subject for a following pronoun', () => {
  it('gives « Elle » to the company that declined to comment, not to the story’s other company', () => {
    const found = of(
      "Sambrix Biotech a signé avec Verlane un accord de licence. Contactée, Verlane s'est refusée à tout commentaire. Elle lancera toutefois le traitement en Europe à partir de mars 2030.",
      'fr',
      'launch',
    );
    expect(found).toEqual([{ parties: ['Verlane'], status: 'confirmed' }]);
  });
});
