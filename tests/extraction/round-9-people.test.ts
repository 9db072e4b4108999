import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * People who speak for a company (round 9): a statement voiced by a person, named in the speech tag
 * (« …», a démenti Xavière Molinier; '"…," said Tobias Wrenfield') or as the cue's subject ("Ravier n'a pas
 * souhaité commenter", "Halloran declined to comment"), is the statement of the company the person speaks
 * for: the one the article titled them with ("sa présidente, …", "Halvard Foods' chief executive, …",
 * "chief executive … said" under a headline opening on the company), or the family firm their surname is
 * part of ("Molinier Cartonnages"). A person the article ties to no company, an analyst, a minister make no
 * company's statement, and the company a person talks about is not the one that speaks.
 */
const PUB = '2029-05-09T08:00:00Z';

const statements = (claims: Claim[]) =>
  claims
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.parties.join(' | ')}:${c.kind === 'statement' ? c.stance : ''}`)
    .sort();

type Case = [text: string, lang: 'fr' | 'en', expected: string[], title?: string];

describe('a person in the speech tag speaks for their company', () => {
  const cases: Case[] = [
    [
      "Molinier Cartonnages a inauguré une deuxième ligne à Cholet. Selon plusieurs sources, Smurfit Westrock aurait approché l'actionnaire familial. « Il n'y a aucune négociation avec qui que ce soit », a démenti Xavière Molinier, qui préside le conseil de surveillance.",
      'fr',
      ['Molinier Cartonnages:deny'],
    ],
    [
      "Les Verreries Dauzat ont signé un contrat avec L'Oréal. « Nous ne sommes pas vendeurs », assure Gaspard Dauzat. Saint-Gobain n'a pas répondu à nos sollicitations.",
      'fr',
      ['Saint-Gobain:no_comment', 'Verreries Dauzat:deny'],
    ],
    [
      'Wrenfield Teas has agreed a supply deal with Tesco. "There have been no discussions with Unilever about the business," said Tobias Wrenfield, the fourth generation of the family to run it.',
      'en',
      ['Wrenfield Teas:deny'],
    ],
    [
      "Cartonneries Vélines ont mis en service une onduleuse à Laval, a indiqué leur directeur général, Matthieu Ollivro. La société affiche 14 % de croissance. « Il n'existe aucun projet de rapprochement avec DS Smith », a démenti Matthieu Ollivro.",
      'fr',
      ['Cartonneries Vélines:deny'],
    ],
  ];
  it.each(cases)('%s', (text, lang, expected, title) => {
    expect(statements(claimsOf(text, lang, PUB, title))).toEqual(expected);
  });
});

describe('a person as the subject of the cue speaks for their company', () => {
  const cases: Case[] = [
    [
      "Brasseries Ondine lancent une bière sans alcool, a annoncé sa présidente, Clémence Ravier. Selon nos informations, Heineken aurait fait une offre pour la brasserie. Interrogée, Clémence Ravier n'a pas souhaité commenter.",
      'fr',
      ['Brasseries Ondine:no_comment'],
    ],
    [
      "Halvard Foods' chief executive, Priya Ramsden, said sales rose 9% in the quarter. Kraft Heinz is said to be weighing a bid for the company. Ramsden declined to comment on the report.",
      'en',
      ['Halvard Foods:no_comment'],
    ],
    [
      'Corvane Robotics will ship its arm to Bosch next year, chief executive Aidan Halloran said. The company is reportedly exploring a sale; Halloran declined to comment on those reports.',
      'en',
      ['Corvane Robotics:no_comment'],
      'Corvane Robotics lands Bosch order for warehouse arms',
    ],
    [
      "Selon nos informations, Ardian aurait remis une offre pour acquérir 30 % d'Orélane Textiles, aujourd'hui détenue par son fondateur, Bastien Keraudren. Bastien Keraudren s'est refusé à tout commentaire sur ce point.",
      'fr',
      ['Orélane Textiles:no_comment'],
    ],
  ];
  it.each(cases)('%s', (text, lang, expected, title) => {
    expect(statements(claimsOf(text, lang, PUB, title))).toEqual(expected);
  });
});

describe('people who speak for no company of the story', () => {
  const cases: Case[] = [
    // A person the article ties to no company: no statement, and never the person as a party.
    [
      'Selon la presse, Heineken aurait approché Brasseries Ondine. Jeanne Castagné a refusé de commenter ces informations.',
      'fr',
      [],
    ],
    [
      'Kraft Heinz is said to be weighing a bid for Halvard Foods. "There are no talks," said Priya Ramsden, an analyst at Berenberg.',
      'en',
      [],
    ],
    // An analyst and a minister speak for no company.
    [
      "Atos et Thales discuteraient d'une alliance. « Il n'y a aucune négociation à ma connaissance », estime Marc Lenoir, analyste chez Oddo BHF.",
      'fr',
      [],
    ],
    [
      "Naval Group aurait reçu une offre de Fincantieri. « Il n'est pas question de céder Naval Group », a démenti le ministre des Armées, Paul Verdier.",
      'fr',
      [],
    ],
    // The company a person is asked about is not the one that speaks.
    [
      "Campari aurait approché la Maison Trémolat. « Nous ne sommes pas vendeurs », assure Hélène Trémolat. Campari n'a pas répondu à nos sollicitations.",
      'fr',
      ['Campari:no_comment', 'Maison Trémolat:deny'],
    ],
  ];
  it.each(cases)('%s', (text, lang, expected, title) => {
    const claims = claimsOf(text, lang, PUB, title);
    expect(statements(claims)).toEqual(expected);
    for (const person of ['Castagné', 'Ramsden', 'Lenoir', 'Verdier', 'Trémolat'])
      expect(claims.flatMap((c) => c.parties)).not.toContain(person);
  });
});
