import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 15, statements: who speaks when the article names the speaker by a descriptor of its country or
 * region ("le groupe allemand", "l'éditeur rennais"), and which denials are no statement of the article (a
 * line the speaker keeps repeating, « répète à qui veut l'entendre qu'il n'est pas vendeur »). The article
 * tells where a company is from (« l'allemand Korvath », "l'éditeur rennais") and a later descriptor of
 * another country is then another company. Every sentence is invented for this file.
 */
const PUB = '2029-06-14';
const stances = (claims: ReturnType<typeof claimsOf>) =>
  claims
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.parties.join('|')}:${c.kind === 'statement' ? c.stance : ''}`)
    .sort();

describe('a descriptor of a country speaks for the company of that country', () => {
  it('« le groupe allemand » after a sentence naming the German company: that company, not the topic', () => {
    const claims = claimsOf(
      "L'éditeur rennais Brevalia a démenti mardi toute discussion avec l'allemand Korvath Systems. " +
        'Korvath Systems, de son côté, reste prudent : interrogé jeudi, le groupe allemand s’est refusé à tout commentaire.',
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Korvath Systems'])[0]?.status).toBe('rumour');
    expect(
      find(claims, 'statement', ['Brevalia']).map((c) => (c.kind === 'statement' ? c.stance : '')),
    ).toEqual(['deny']);
  });

  it('a registry company of that country named in the sentence: « le groupe allemand » is Siemens', () => {
    const claims = claimsOf(
      'Le fabricant nantais Quivelle a démenti lundi avoir reçu une offre de Siemens. ' +
        'Siemens, pour sa part, maintient sa ligne : sollicité mercredi, le groupe allemand n’a pas souhaité commenter.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Quivelle:deny', 'Siemens:no_comment']);
  });

  it('counter-example: a descriptor of the topic’s own region stays the topic', () => {
    const claims = claimsOf(
      "L'éditeur rennais Brevalia serait en discussions avec l'allemand Korvath Systems. " +
        "Interrogé jeudi, l'éditeur rennais s’est refusé à tout commentaire.",
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Brevalia:no_comment']);
  });
});

describe('a line the speaker keeps repeating is no statement of the article', () => {
  it('« répète à qui veut l’entendre qu’il n’est pas vendeur »: no statement', () => {
    const claims = claimsOf(
      "Aucun industriel n'a approché Marvelis Drones, et son président, Hugo Terrade, répète à qui veut l'entendre qu'il « n'est pas vendeur ».",
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement')).toEqual([]);
  });

  it('« répétait encore il y a un mois qu’il n’était pas vendeur »: no statement', () => {
    const claims = claimsOf(
      "Thales rachète Marvelis Drones. Un virage : le président de Marvelis Drones répétait encore il y a un mois qu'il « n'était pas vendeur ».",
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Marvelis Drones'])).toEqual([]);
  });

  it('counter-example: « a répété mardi qu’il n’est pas vendeur » is a dated denial', () => {
    const claims = claimsOf(
      "Le président de Marvelis Drones, Hugo Terrade, a répété mardi que la société « n'est pas à vendre ».",
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Marvelis Drones:deny']);
  });

  it('counter-example: "has not received any approach", the company said again on Monday: a denial', () => {
    const claims = claimsOf(
      'Marvelis Drones said again on Monday that it had not received any approach and was not for sale.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Marvelis Drones:deny']);
  });
});
