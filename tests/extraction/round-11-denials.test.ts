import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Statements (round 11): who speaks when the tag after a confirmation names the speaker by its role only
 * ("…, the French utility confirmed", « …, a confirmé lundi un porte-parole de l'ESN »); interviews where
 * only the interviewer is labelled ("Argentum : … ?" then an unlabelled answer), whose "nous" is the
 * interviewee's; denials told by anonymous sources, which are no party's statement; "does not exist yet",
 * which denies nothing.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const statements = (claims: Claim[]) =>
  claims
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.parties.join(' | ')}: ${c.stance}`)
    .sort();

describe('a confirmation tagged by a role noun is the subject speaking', () => {
  it('English: ", the utility confirmed", ", the agency confirmed"', () => {
    const utility = claimsOf(
      'Valmont Energie has agreed to buy 40% of Trescoat Wind, the Brest-based developer, for 300 million euros, the French utility confirmed on Tuesday.',
      'en',
      PUB,
    );
    expect(statements(utility)).toEqual(['Valmont Energie: confirm']);
    const agency = claimsOf(
      'Parks Agency Norway has picked Fjellnett Cloud for a five-year hosting contract, the agency confirmed on Monday.',
      'en',
      PUB,
    );
    expect(statements(agency)).toEqual(['Parks Agency Norway: confirm']);
  });

  it('French inverted tag: « a confirmé mardi un porte-parole de l’ESN », « a confirmé lundi l’opérateur »', () => {
    const esn = claimsOf(
      "Sopra Steria a signé un accord de distribution avec Kervalis Logiciels pour ses clients bancaires, a confirmé mardi un porte-parole de l'ESN.",
      'fr',
      PUB,
    );
    expect(statements(esn)).toEqual(['Sopra Steria: confirm']);
    const operator = claimsOf(
      "Orange a racheté Brenval Réseaux pour 60 millions d'euros, a confirmé lundi l'opérateur.",
      'fr',
      PUB,
    );
    expect(statements(operator)).toEqual(['Orange: confirm']);
  });

  it('a tag naming another company keeps that company as the speaker', () => {
    const named = claimsOf(
      "Orange a racheté Brenval Réseaux pour 60 millions d'euros, a confirmé lundi un porte-parole de Brenval Réseaux.",
      'fr',
      PUB,
    );
    expect(statements(named)).toEqual(['Brenval Réseaux: confirm']);
  });
});

describe('an interview where only the interviewer is labelled', () => {
  const interview = (lines: string[], language: 'fr' | 'en') =>
    extractClaims({ text: lines.join('\n\n'), language, publishedAt: PUB, publisher: 'Le Vigilant' }).claims;

  it('« Nous ne commentons pas » in the unlabelled answer is the interviewee’s no comment', () => {
    const claims = interview(
      [
        'Le président de Banque Orvaland, Pierre Lestival, a reçu Le Vigilant dans ses bureaux de Nancy.',
        'Le Vigilant : Vous avez racheté un gérant de fortune cet hiver. Pourquoi ?',
        'Pour grandir dans la gestion privée, où nos clients nous attendaient.',
        'Le Vigilant : La presse vous prête l’intention de racheter Banque Sarrelor. Êtes-vous candidat ?',
        'Nous ne commentons pas les rumeurs de marché. Nous regardons tous les dossiers.',
      ],
      'fr',
    );
    expect(statements(claims)).toEqual(['Banque Orvaland: no_comment']);
  });

  it('"I\'m not going to comment on that" after a labelled question is the interviewee speaking', () => {
    const claims = interview(
      [
        'Founded in 2020, Pellora lets shoppers pay in three instalments. Le Vigilant met its chief executive, Anke Visser.',
        'Le Vigilant: You have signed with a bank. Which one?',
        'Yes, we signed a distribution agreement with Rabobank last week.',
        'Le Vigilant: A newspaper reported that Zalvo had approached Pellora about a takeover. Is that true?',
        "I'm not going to comment on that. We are well funded.",
      ],
      'en',
    );
    expect(statements(claims)).toEqual(['Pellora: no_comment']);
  });
});

describe('denials that are no party statement', () => {
  it('a denial told by "one of the people" or « un proche » is the sources’, not the company’s', () => {
    const en = claimsOf(
      'Nordbank, seen as a possible rival bidder, is not in talks with Ferrovia Pay, one of the people said.',
      'en',
      PUB,
    );
    expect(statements(en)).toEqual([]);
    const fr = claimsOf(
      'Siemens, qui avait approché Verlane en 2027, n’a pas l’intention de surenchérir, assure un proche du groupe allemand.',
      'fr',
      PUB,
    );
    expect(statements(fr)).toEqual([]);
  });

  it('"does not exist yet", « n’existe pas encore » describe a market, they deny nothing', () => {
    const en = claimsOf(
      'Halvard Orbital has a customer in a market that does not exist yet, said its chief executive.',
      'en',
      PUB,
    );
    expect(en.filter((c) => c.status === 'denied')).toEqual([]);
    const fr = claimsOf(
      "Kervane achète un produit qui n'existe pas encore, a reconnu son président.",
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.status === 'denied')).toEqual([]);
  });

  it('a plain denial still reads as one, with the story it denies', () => {
    const en = claimsOf(
      'Pellmark is in talks to buy Ostrava Steel, Bloomberg reported on Monday. ' +
        '"That deal does not exist," a Pellmark spokesman said on Tuesday.',
      'en',
      PUB,
    );
    expect(statements(en)).toEqual(['Pellmark: deny']);
    const fr = claimsOf(
      "« Cette coentreprise avec Ostrava Steel n'existe pas », a déclaré lundi un porte-parole de Pellmark.",
      'fr',
      PUB,
    );
    expect(statements(fr)).toEqual(['Pellmark: deny']);
  });
});
