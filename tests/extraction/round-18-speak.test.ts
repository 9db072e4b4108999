import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Round 18, descriptors that name a company by its headquarters town: « le groupe de Bezons », « l'entreprise
 * de Saint-Herblain », "the Leeds-based group". The town is never a party; the descriptor stands for the company
 * the article placed in that town, else for the one company of the sentences around it that the article did not
 * place elsewhere. Counter-examples: a town descriptor that fits two companies adds no third party, and an owner's
 * name after « de » is no town. Every sentence is invented for this file.
 */
const PUB = '2029-10-04';
const stances = (claims: Claim[]) =>
  claims
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.parties.join('|')}:${c.kind === 'statement' ? c.stance : ''}`)
    .sort();
const parties = (claims: Claim[]) => new Set(claims.flatMap((c) => c.parties));

describe('a town descriptor stands for the company of that town', () => {
  it('« celui du groupe de Montreuil » is the buyer once the other role took the target', () => {
    const claims = claimsOf(
      'Valdoria Industries a officialisé mardi l’acquisition de 40 % de la PME bretonne Bretennic Marine. ' +
        'Le titre de la PME s’envole de 6,1 %, celui du groupe de Montreuil gagne 2,4 %.',
      'fr',
      PUB,
    );
    expect(moves(claims).map((m) => `${m.party}:${m.percent}`)).toEqual([
      'Bretennic Marine:6.1',
      'Valdoria Industries:2.4',
    ]);
    expect(parties(claims).has('Montreuil')).toBe(false);
  });

  it('« le groupe de Nanterre » is not the company the article placed in another town', () => {
    const claims = claimsOf(
      'Orvalis a annoncé l’acquisition de 20 % du capital de Kestrane, une entreprise familiale de Ravensburg. ' +
        'L’opération intervient alors que Delmont Industrie, client historique de Kestrane, aurait lui aussi tenté d’entrer au capital. ' +
        'Le groupe de Nanterre n’a pas répondu à nos sollicitations.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Delmont Industrie:no_comment']);
  });

  it('« l’entreprise de Saint-Herblain » is the company the article said was installed there', () => {
    const claims = claimsOf(
      'Brévalis, installée à Saint-Herblain, serait en discussions avec Orange pour un accord de distribution, selon nos informations. ' +
        'Orange a confirmé des discussions. L’entreprise de Saint-Herblain n’a pas souhaité commenter.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toContain('Brévalis:no_comment');
    expect(stances(claims)).not.toContain('Orange:no_comment');
  });

  it('"the Leeds-based group" is the company the article said was based in Leeds', () => {
    const claims = claimsOf(
      'Talvern Aerospace, based in Leeds, is in talks to buy Harlow Dynamics, people familiar with the matter said. ' +
        'Harlow Dynamics said it had received an approach. The Leeds-based group declined to comment.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Talvern Aerospace:no_comment');
    expect(stances(claims)).not.toContain('Harlow Dynamics:no_comment');
  });

  it('"the Lyon-based company" after a dateline is the company of the release', () => {
    const claims = claimsOf(
      'LYON, France, 3 October 2029 /Ravel Wire/ – Quarvane Systems today announced a partnership with Siemens. ' +
        'Siemens shares rose 1.2%. Separately, the Lyon-based company said it had not been approached by Capgemini.',
      'en',
      PUB,
    );
    expect(parties(claims).has('Lyon')).toBe(false);
    expect(stances(claims)).not.toContain('Siemens:deny');
  });
});

describe('a street stands for the town', () => {
  it('« le groupe de l’avenue Matignon » is no party, and the later « l’assureur » stays the insurer', () => {
    const claims = claimsOf(
      'AXA a signé un partenariat de distribution avec Ventelis, une assurtech nantaise. ' +
        'Le groupe de l’avenue Matignon proposera ces contrats à ses clients. ' +
        'Dans le même temps, l’assureur prend une participation de 15 % au capital de la start-up.',
      'fr',
      PUB,
    );
    expect(parties(claims).has('Matignon')).toBe(false);
    expect(claims.filter((c) => c.kind === 'acquisition').map((c) => c.parties.join('|'))).toEqual([
      'AXA|Ventelis',
    ]);
  });

  it('"the Munich-based group" adds no town either', () => {
    const claims = claimsOf(
      'Kelvara Rail is in talks to sell its signalling unit to Siemens, people familiar with the matter said. ' +
        'The Munich-based group declined to comment.',
      'en',
      PUB,
    );
    expect(parties(claims).has('Munich')).toBe(false);
  });
});

describe('counter-examples', () => {
  it('a town descriptor is never a party, even when nothing tells which company it is', () => {
    const claims = claimsOf(
      'Armelys et Solvane ont signé un accord de distribution. Le titre du groupe de Vénissieux gagne 2 %.',
      'fr',
      PUB,
    );
    expect(parties(claims).has('Vénissieux')).toBe(false);
  });

  it('an owner named after « de » is no town: « la jeune pousse de Yanis Berthomier »', () => {
    const claims = claimsOf(
      'Orange a pris 10 % du capital de Pixavel. La jeune pousse de Yanis Berthomier n’a pas souhaité commenter.',
      'fr',
      PUB,
    );
    expect(parties(claims).has('Yanis Berthomier')).toBe(false);
  });

  it('two companies placed in the same town leave the descriptor to the usual reading, adding no town', () => {
    const claims = claimsOf(
      'Corvalis, installée à Grenoble, et Ardemis, installée à Grenoble, ont signé un accord. ' +
        'Le groupe de Grenoble n’a pas souhaité commenter le montant.',
      'fr',
      PUB,
    );
    expect(parties(claims).has('Grenoble')).toBe(false);
  });
});
