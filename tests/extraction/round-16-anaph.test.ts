import { describe, expect, it } from 'vitest';
import { claimsOf, find, moves } from './claims-of.ts';

/**
 * Round 16, descriptors: a descriptor opening the clause after a colon ("Corvalis a ouvert la séance : le
 * fabricant de Vierzon a bondi …"), or the subject of a report explaining a stock's move ("Pellmar rose 3% after
 * The Courier reported that the payments group was in talks …"), restates the one company the sentence named
 * before it: that company is its party, whatever company earlier sentences kept in view. A descriptor that does
 * not fit that company (another country), a sentence naming two companies before the colon, or a descriptor that
 * names a company of its own stays as before. Every sentence is invented for this file.
 */
// Thursday 14 October 2027.
const THU = '2027-10-14';

describe('a descriptor after a colon restates the sentence’s own subject', () => {
  it('« Corvalis Industrie a ouvert la séance : le fabricant de Vierzon a bondi de 9,2 % »', () => {
    const claims = claimsOf(
      'Lundi, la Bourse de Paris a fini en hausse. Danvrel Logistique a cédé 1,1 %. ' +
        'Mardi, Corvalis Industrie a ouvert la séance : le fabricant de Vierzon a bondi de 9,2 %, porté par une commande de la marine.',
      'fr',
      THU,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([
      ['Danvrel Logistique', 1.1],
      ['Corvalis Industrie', 9.2],
    ]);
  });

  it('« … ont grimpé de 5,4 % : selon la presse, le groupe niçois discuterait d’un rapprochement avec Accor »', () => {
    const claims = claimsOf(
      'Le groupe Clairvaux Santé a gagné 3,6 % après avoir racheté la Clinique du Lys. Sodelis a perdu 1,1 %. ' +
        'Les Résidences Mirabelle ont grimpé de 5,4 % jeudi : selon la presse régionale, le groupe niçois discuterait d’un rapprochement avec Accor. ' +
        'Ni l’un ni l’autre n’a commenté.',
      'fr',
      THU,
    );
    expect(find(claims, 'agreement', ['Résidences Mirabelle', 'Accor'])[0]?.status).toBe('rumour');
    expect(claims.filter((c) => c.kind === 'agreement')).toHaveLength(1);
  });

  it('counter-example: a descriptor of another country is not the sentence’s subject', () => {
    const claims = claimsOf(
      'Le groupe américain Halvorsen Foods a démenti vendredi tout projet en France. ' +
        'Maison Péricaud a reculé de 2,1 % jeudi : le groupe américain aurait renoncé à une offre sur le biscuitier.',
      'fr',
      THU,
    );
    expect(moves(claims).map((m) => m.party)).toEqual(['Maison Péricaud']);
    expect(find(claims, 'acquisition', ['Maison Péricaud'])).toEqual([]);
  });

  it('counter-example: two companies before the colon, the descriptor adds no third', () => {
    const claims = claimsOf(
      'Vantelle Réseaux a signé avec Orange un accord de distribution : l’opérateur revendra ses boîtiers à partir de mars.',
      'fr',
      THU,
    );
    expect(claims.filter((c) => c.kind === 'agreement').map((c) => [...c.parties].sort())).toEqual([
      ['Orange', 'Vantelle Réseaux'],
    ]);
  });
});

describe('a name after a preposition is no subject a colon’s descriptor restates', () => {
  it('counter-example: « Pour Norvane Data, … : l’hébergeur … » keeps the hébergeur the story told of', () => {
    const claims = claimsOf(
      'OVHcloud a signé jeudi un accord de distribution avec Norvane Data. ' +
        'Pour Norvane Data, qui n’est pas cotée, l’enjeu est ailleurs : l’hébergeur roubaisien commercialisera ses sondes à partir de mars 2028.',
      'fr',
      THU,
    );
    const launches = claims.filter((c) => c.kind === 'launch');
    expect(launches.every((c) => !(c.parties.length === 1 && c.parties[0] === 'Norvane Data'))).toBe(true);
  });
});

describe('a descriptor subject of a report explaining a move is the mover', () => {
  it('"Pellmar rose 3.4% after The Courier reported that the payments group is in talks with Lloyds"', () => {
    const claims = claimsOf(
      'Brockwell Bank fell 2% after results. Pellmar rose 3.4% after The Courier reported that the payments group is in talks with Lloyds about a partnership.',
      'en',
      THU,
    );
    expect(find(claims, 'agreement', ['Pellmar', 'Lloyds Banking Group'])[0]?.status).toBe('rumour');
    expect(find(claims, 'agreement', ['Brockwell Bank', 'Pellmar', 'Lloyds Banking Group'])).toEqual([]);
  });

  it('counter-example: a descriptor as the object of the reported bid is not the mover', () => {
    const claims = claimsOf(
      'Shares in Dunmere Water rose 6% after The Courier reported that Severnbridge was preparing an offer for the Cornish utility.',
      'en',
      THU,
    );
    expect(find(claims, 'acquisition', ['Severnbridge', 'Dunmere Water'])).toHaveLength(1);
    expect(find(claims, 'acquisition', ['Dunmere Water'])).toEqual([]);
  });

  it('counter-example: a company named only as not part of the deal does not win', () => {
    const claims = claimsOf(
      'Vauclair Énergie a gagné 4 % jeudi : selon la presse, le groupe lyonnais discuterait avec Engie, Total n’étant pas associé au projet.',
      'fr',
      THU,
    );
    const deals = claims.filter((c) => c.kind === 'agreement');
    expect(deals.every((c) => !c.parties.includes('TotalEnergies'))).toBe(true);
  });
});
