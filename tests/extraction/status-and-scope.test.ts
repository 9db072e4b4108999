import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import { claimsOf, find } from './claims-of.ts';

describe('status cues', () => {
  it.each([
    [
      'fr',
      'Selon Bloomberg, Amazon serait en discussions avec Atos pour un partenariat.',
      'rumour',
      'Bloomberg',
    ],
    ['fr', 'D’après nos confrères du JDN, Amazon aurait signé un accord avec Atos.', 'rumour', 'JDN'],
    ['fr', 'Selon nos informations, Amazon et Atos ont noué un partenariat.', 'rumour', undefined],
    [
      'en',
      'Amazon is in talks with Atos about a partnership, people familiar with the matter said.',
      'rumour',
      undefined,
    ],
    ['en', 'Amazon reportedly signed a partnership with Atos.', 'rumour', undefined],
    ['en', 'Amazon is said to be close to an agreement with Atos.', 'rumour', undefined],
    ['en', 'Amazon and Atos signed a partnership on Monday, according to Reuters.', 'rumour', 'Reuters'],
    ['fr', 'Amazon et Atos officialisent leur partenariat.', 'confirmed', undefined],
    ['en', 'Amazon and Atos announced a partnership on Monday.', 'confirmed', undefined],
    ['fr', 'Atos a démenti tout accord avec Amazon.', 'denied', undefined],
    [
      'fr',
      'Il n’a jamais été question d’un accord entre Atos et Amazon, a assuré Atos.',
      'denied',
      undefined,
    ],
    ['en', 'Atos denied it had reached an agreement with Amazon.', 'denied', undefined],
    ['en', 'Atos said there is no agreement with Amazon.', 'denied', undefined],
  ] as const)('%s: %s -> %s', (lang, text, status, attribution) => {
    const [claim] = find(claimsOf(text, lang), 'agreement', ['Amazon', 'Atos']);
    expect(claim?.status).toBe(status);
    expect(claim?.attribution).toBe(attribution);
  });

  it('carries the cited outlet to the hedged sentence that follows it', () => {
    const text =
      'D’après des informations recueillies par nos confrères du JDN, un projet serait en préparation. ' +
      'Le groupe de Jeff Bezos aurait ainsi signé un accord avec Atos.';
    const [claim] = find(claimsOf(text, 'fr'), 'agreement', ['Amazon', 'Atos']);
    expect(claim).toMatchObject({ status: 'rumour', attribution: 'JDN' });
  });

  it('a party denying later in the article turns the rumour into a denial', () => {
    const text =
      'Selon Les Echos, Airbus serait en négociations avec Safran. Airbus a démenti ces informations.';
    const claims = claimsOf(text, 'fr');
    expect(find(claims, 'agreement', ['Airbus', 'Safran'])[0]?.status).toBe('denied');
    expect(find(claims, 'statement', ['Airbus'])[0]).toMatchObject({ stance: 'deny', status: 'denied' });
  });

  it('"no comment" is not a denial and "à défaut de démenti" is not a confirmation', () => {
    const text =
      'Selon le JDN, Amazon aurait signé un accord avec Atos. Atos n’a pas souhaité commenter. ' +
      'À défaut de démenti, l’action Atos a progressé de 2 % en Bourse.';
    const claims = claimsOf(text, 'fr');
    expect(find(claims, 'agreement', ['Amazon', 'Atos'])[0]?.status).toBe('rumour');
    expect(find(claims, 'statement', ['Atos'])[0]).toMatchObject({ stance: 'no_comment', status: 'rumour' });
    expect(find(claims, 'share_move', ['Atos'])[0]).toMatchObject({ status: 'confirmed', percent: 2 });
  });

  it('an interrogative headline keeps an unhedged body claim about its parties a rumour', () => {
    const text = 'Amazon et Atos ont entamé un rapprochement dans le cloud.';
    const claims = claimsOf(text, 'fr', undefined, 'Amazon va-t-il s’allier à Atos ?');
    expect(find(claims, 'agreement', ['Amazon', 'Atos'])[0]?.status).toBe('rumour');
  });
});

describe('scope', () => {
  it('a hedge does not leak into the next sentence', () => {
    const text =
      'Selon Bloomberg, Oracle serait en discussions avec Atos. Orange et Capgemini ont signé un accord.';
    const claims = claimsOf(text, 'fr');
    expect(find(claims, 'agreement', ['Oracle', 'Atos'])[0]?.status).toBe('rumour');
    expect(find(claims, 'agreement', ['Orange', 'Capgemini'])[0]).toMatchObject({ status: 'confirmed' });
    expect(find(claims, 'agreement', ['Orange', 'Capgemini'])[0]?.attribution).toBeUndefined();
  });

  it('a hedge in one clause does not reach the other clause', () => {
    const text = 'Orange a signé un partenariat avec Capgemini, tandis que Atos pourrait s’allier à Amazon.';
    const claims = claimsOf(text, 'fr');
    expect(find(claims, 'agreement', ['Orange', 'Capgemini'])[0]?.status).toBe('confirmed');
    expect(find(claims, 'agreement', ['Atos', 'Amazon'])[0]?.status).toBe('rumour');
  });

  it('an old denial quoted as background does not deny the deal now signed', () => {
    const text =
      'Atos et Nuvelia Systems ont signé mardi un accord de distribution. ' +
      'En 2022, Atos avait démenti toute discussion avec Nuvelia Systems.';
    const claims = claimsOf(text, 'fr', '2024-10-02');
    expect(find(claims, 'agreement', ['Atos', 'Nuvelia Systems'])).toEqual([
      expect.objectContaining({ status: 'confirmed' }),
    ]);
  });

  it('keeps one claim per event and explains which rule and cues set it', () => {
    const text =
      'Amazon aurait signé un accord avec Atos. L’accord entre Amazon et Atos serait signé depuis mai.';
    const result = extractClaims({ text, language: 'fr' }, { explain: true });
    expect(result.claims.filter((c) => c.kind === 'agreement')).toHaveLength(1);
    expect(result.explanations?.[0]).toMatchObject({ claim: 0, rule: 'fr.agreement.accord', merged: 1 });
    expect(result.explanations?.[0]?.cues).toContain('rumour:conditional');
  });
});
