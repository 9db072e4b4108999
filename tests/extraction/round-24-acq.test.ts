import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Acquisitions, share moves and launches, session 24: a counted sale of goods (« la vente de douze avions à … ») is
 * no sale of a company; a newsletter's
 * menu told for a day (« Au menu de cette Matinale du lundi 2 octobre : … », « Au menu ce mardi : … ») announces
 * topics, not facts; a sector's move told with its day (« a fait décoller les valeurs de défense mercredi », "Bank
 * stocks rallied on Wednesday") dates the session of the single stocks told after it; a store an offer goes on sale
 * on ("will go on sale on Zalando", « en vente sur Zalando ») launches nothing of its own.
 */
const TUE = '2028-03-21'; // a Tuesday

const of = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => ({ parties: [...c.parties], status: c.status }));

describe('a counted sale of goods is no sale of a company', () => {
  it('reads no acquisition in « la vente de douze avions à … », in figures or in words', () => {
    for (const text of [
      'Corvanel a finalisé la semaine dernière la vente de douze appareils à Air Tamaris.',
      'Corvanel a finalisé la vente de 40 avions à Air Tamaris.',
      'Le chantier Morvellec a conclu la vente de plusieurs navires à Brittany Ferries.',
    ])
      expect(of(claimsOf(text, 'fr', TUE), 'acquisition')).toEqual([]);
  });

  it('counter-examples: the sale of a named company, or of a share of one, is still read', () => {
    expect(
      of(claimsOf('Corvanel a finalisé la cession de Biotrel à Sanofi.', 'fr', TUE), 'acquisition'),
    ).toEqual([{ parties: ['Sanofi', 'Biotrel'], status: 'confirmed' }]);
    expect(
      of(claimsOf('Corvanel a finalisé la vente de 12 % de Biotrel à Sanofi.', 'fr', TUE), 'acquisition'),
    ).toEqual([{ parties: ['Sanofi', 'Biotrel'], status: 'confirmed' }]);
  });
});

describe("a newsletter's menu for a day announces topics, not facts", () => {
  it('reads no claim in « Au menu de cette Matinale du lundi … : » or « Au menu ce mardi : »', () => {
    for (const text of [
      'Au menu de cette Matinale du lundi 2 octobre : une rumeur dans le chiffrement et le lancement par Orvane de sa plateforme le 3 novembre.',
      'Au menu ce mardi : un possible rachat dans le fromage, les hausses de tarifs de Danone et la livraison express de Picard.',
    ])
      expect(claimsOf(text, 'fr', TUE)).toEqual([]);
  });

  it('counter-example: the same news told as a fact is read', () => {
    expect(of(claimsOf('Orvane lancera sa plateforme le 3 novembre.', 'fr', TUE), 'launch')).toEqual([
      { parties: ['Orvane'], status: 'confirmed' },
    ]);
  });
});

describe("a sector's move told with its day dates the session of the stocks after it", () => {
  const THU_EVENING = '2028-03-23T17:35:00+01:00'; // a Thursday, after the close
  it('dates the dayless moves by the sector sentence (French)', () => {
    expect(
      moves(
        claimsOf(
          "La perspective d'une rallonge budgétaire a fait décoller les valeurs de défense mercredi. Au lendemain du Conseil des ministres, Vextral a gagné 4,2 %.",
          'fr',
          THU_EVENING,
        ),
      ),
    ).toEqual([{ party: 'Vextral', percent: 4.2, direction: 'up', day: '2028-03-22' }]);
  });

  it('dates the dayless moves by the sector sentence (English)', () => {
    expect(
      moves(
        claimsOf(
          'Bank stocks rallied on Wednesday after the rate decision. Corvane Bank gained 2.1%.',
          'en',
          THU_EVENING,
        ),
      ),
    ).toEqual([{ party: 'Corvane Bank', percent: 2.1, direction: 'up', day: '2028-03-22' }]);
  });

  it('counter-example: a day of other news does not date the session', () => {
    expect(
      moves(claimsOf('Vextral a publié ses résultats mercredi. Vextral a gagné 4,2 %.', 'fr', THU_EVENING)),
    ).toEqual([{ party: 'Vextral', percent: 4.2, direction: 'up', day: '2028-03-23' }]);
  });
});

describe('a store an offer goes on sale on launches nothing of its own', () => {
  const launches = (text: string, language: 'fr' | 'en') => of(claimsOf(text, language, TUE), 'launch');
  it('gives the launch to the maker, not the store', () => {
    expect(
      launches(
        'Harrowgate Knitwear signed a wholesale deal with Zalando. The collections will go on sale on Zalando from 3 September, its chief executive said.',
        'en',
      ),
    ).toEqual([{ parties: ['Harrowgate Knitwear'], status: 'confirmed' }]);
    expect(
      launches(
        'Célvine a signé un accord avec Douglas. Ses crèmes seront en vente sur Zalando à partir du 3 septembre.',
        'fr',
      ),
    ).toEqual([{ parties: ['Célvine'], status: 'confirmed' }]);
  });

  it('counter-example: the store launching its own service still launches', () => {
    expect(launches('Zalando will launch its resale service in Poland on 3 September.', 'en')).toEqual([
      { parties: ['Zalando'], status: 'confirmed' },
    ]);
  });
});
