import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Denials told by their consequence rather than by a denial verb (round 10): the offer received from
 * nobody ("no offer, from X or anyone else", « aucune offre, ni de X »), the interest or plan to buy a
 * named company ruled out ('"no interest" in acquiring X', « aucune intention de racheter X »), the stake
 * said not to happen ("will take no stake in X", "is not taking a stake in X", « ne prendra aucune
 * participation dans X », « n'entrera pas au capital de X »). The speaker's deny statement and the
 * acquisition it denies are both read. A negation that denies no deal stays as it was.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const kindStatus = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => `${c.parties.join(' > ')}: ${c.status}`);
const denyStatements = (claims: Claim[]) =>
  claims.filter((c) => c.kind === 'statement' && c.stance === 'deny').map((c) => c.parties.join(' | '));

describe('a denial told by its consequence denies the takeover it names', () => {
  it('no offer received, "from X or anyone else": X would buy, the speaker be bought', () => {
    const claims = claimsOf(
      'Pelrose Analytics has been named as a takeover target for weeks. ' +
        '“We have received no offer, from Halvern Systems or anyone else,” a Pelrose Analytics spokeswoman said on Tuesday.',
      'en',
      PUB,
    );
    expect(kindStatus(claims, 'acquisition')).toEqual(['Halvern Systems > Pelrose Analytics: denied']);
    expect(denyStatements(claims)).toEqual(['Pelrose Analytics']);
  });

  it('« aucune offre, ni de X ni de personne » : la même chose en français, à la première personne', () => {
    const claims = claimsOf(
      'Vernadis fait l’objet de rumeurs de rachat depuis un mois. ' +
        '« Nous n’avons reçu aucune offre, ni de Schneider Electric ni de personne d’autre », a déclaré un porte-parole de Vernadis.',
      'fr',
      PUB,
    );
    expect(kindStatus(claims, 'acquisition')).toEqual(['Schneider Electric > Vernadis: denied']);
    expect(denyStatements(claims)).toEqual(['Vernadis']);
  });

  it('"no interest" in acquiring a named company, « aucune intention de racheter X »: the speaker bids for nothing', () => {
    const en = claimsOf(
      'Soltek Energy said on Friday it had "no interest" in acquiring Brantley Wind.',
      'en',
      PUB,
    );
    expect(kindStatus(en, 'acquisition')).toEqual(['Soltek Energy > Brantley Wind: denied']);
    expect(denyStatements(en)).toEqual(['Soltek Energy']);
    const plans = claimsOf('Ardent Pharma said it has no plans to buy Velcor Labs.', 'en', PUB);
    expect(kindStatus(plans, 'acquisition')).toEqual(['Ardent Pharma > Velcor Labs: denied']);
    const fr = claimsOf(
      "Danone a assuré lundi n'avoir aucune intention de racheter Biscuiterie Lannuzel.",
      'fr',
      PUB,
    );
    expect(kindStatus(fr, 'acquisition')).toEqual(['Danone > Biscuiterie Lannuzel: denied']);
  });

  it('a stake said not to happen is a denied acquisition, in both languages', () => {
    const take = claimsOf(
      'Maersk will take no stake in Norvia Logistics, the shipping group said on Monday.',
      'en',
      PUB,
    );
    expect(kindStatus(take, 'acquisition')).toEqual(['Maersk > Norvia Logistics: denied']);
    expect(denyStatements(take)).toEqual(['Maersk']);
    const taking = claimsOf(
      'Tervane Shipping is not taking a stake in Oporto Terminals, a Tervane Shipping spokesman said.',
      'en',
      PUB,
    );
    expect(kindStatus(taking, 'acquisition')).toEqual(['Tervane Shipping > Oporto Terminals: denied']);
    const fr = claimsOf(
      'Stellantis ne prendra aucune participation dans Verdalis Batteries, a assuré lundi un porte-parole du constructeur.',
      'fr',
      PUB,
    );
    expect(kindStatus(fr, 'acquisition')).toEqual(['Stellantis > Verdalis Batteries: denied']);
    expect(denyStatements(fr)).toEqual(['Stellantis']);
  });
});

describe('a negation that denies no deal stays as it was', () => {
  it('a complaint received from nobody is no offer denied', () => {
    const claims = claimsOf(
      'Halden Foods has been tipped as a takeover target. ' +
        '"We have received no complaint, from Tesco or anyone else," a spokesman for Halden Foods said.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.status === 'denied')).toEqual([]);
  });

  it('no decision yet, no calendar set, no exclusivity: nothing is denied', () => {
    const texts: [string, 'en' | 'fr'][] = [
      ['Orvane Telecom said no decision has been taken yet on its network partnership with Vodafone.', 'en'],
      [
        'The distribution deal between Orvane Telecom and Vodafone involves no exclusivity, Orvane said.',
        'en',
      ],
      ['Orvane Telecom has no plans to expand in Asia, its chief executive said.', 'en'],
      ["Aucun calendrier n'a été fixé pour le partenariat entre Orvane et Vodafone, a indiqué Orvane.", 'fr'],
    ];
    for (const [text, lang] of texts) {
      const claims = claimsOf(text, lang, PUB);
      expect(claims.filter((c) => c.status === 'denied')).toEqual([]);
      expect(denyStatements(claims)).toEqual([]);
    }
  });

  it('a stake taken stays a confirmed acquisition', () => {
    const claims = claimsOf('Maersk took a 20% stake in Norvia Logistics on Monday.', 'en', PUB);
    expect(kindStatus(claims, 'acquisition')).toEqual(['Maersk > Norvia Logistics: confirmed']);
  });
});
