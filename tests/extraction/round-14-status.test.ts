import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 14, status: what sets a claim's status is the clause and the voice that tell it. A hedge in a
 * trailing clause that comments on a deal already signed ("…, a deal that could …", « …, un accord qui
 * pourrait … ») does not make the deal a rumour; a person quoted by name with a verb of speech (« a indiqué
 * Margaux Deville ») is the company speaking, not an outlet cited, unless the person is an analyst or a
 * banker. Every sentence is invented for this file, with other companies than the corpora's.
 */
const PUB = '2029-05-16';

describe('a hedge in a trailing clause about a signed deal does not reach it', () => {
  it('"has signed …, in a deal both sides said could …": confirmed', () => {
    const claims = claimsOf(
      'Brantwell Motors has signed a supply agreement with Ostrava Cells, the Brno maker of battery modules, in a deal both sides said could add 200 jobs in Moravia by 2030.',
      'en',
      PUB,
    );
    const deal = find(claims, 'agreement', ['Brantwell Motors', 'Ostrava Cells']);
    expect(deal).toHaveLength(1);
    expect(deal[0]?.status).toBe('confirmed');
  });

  it('"signed …, a deal that … could …": confirmed', () => {
    const claims = claimsOf(
      'In March, Quellmark signed a licensing agreement with Siemens Healthineers, a deal that showed how its imaging software could reach larger hospitals.',
      'en',
      PUB,
    );
    const deal = find(claims, 'agreement', ['Quellmark', 'Siemens Healthineers']);
    expect(deal).toHaveLength(1);
    expect(deal[0]?.status).toBe('confirmed');
  });

  it('« a signé …, un accord qui pourrait … »: confirmed', () => {
    const claims = claimsOf(
      "Brantwell Motors a signé un contrat d'approvisionnement avec Ostrava Cells, un accord qui pourrait créer 200 emplois en Moravie d'ici 2030.",
      'fr',
      PUB,
    );
    const deal = find(claims, 'agreement', ['Brantwell Motors', 'Ostrava Cells']);
    expect(deal).toHaveLength(1);
    expect(deal[0]?.status).toBe('confirmed');
  });
});

describe('counter-examples: a hedge on the deal itself keeps it a rumour', () => {
  it('"could sign …, a deal that …": rumour', () => {
    const claims = claimsOf(
      'Brantwell Motors could sign a supply agreement with Ostrava Cells as early as June, a deal that would add 200 jobs in Moravia.',
      'en',
      PUB,
    );
    const deal = find(claims, 'agreement', ['Brantwell Motors', 'Ostrava Cells']);
    expect(deal).toHaveLength(1);
    expect(deal[0]?.status).toBe('rumour');
  });

  it('« aurait signé …, un accord qui … »: rumour', () => {
    const claims = claimsOf(
      "Brantwell Motors aurait signé un contrat d'approvisionnement avec Ostrava Cells, un accord qui créerait 200 emplois en Moravie.",
      'fr',
      PUB,
    );
    const deal = find(claims, 'agreement', ['Brantwell Motors', 'Ostrava Cells']);
    expect(deal).toHaveLength(1);
    expect(deal[0]?.status).toBe('rumour');
  });
});

describe('a person quoted by name with a verb of speech is the company speaking', () => {
  it('« …, a indiqué Margaux Deville, qui dirige … »: the launch is confirmed', () => {
    const claims = claimsOf(
      "Fondée en 2019 par Margaux Deville, Orvalle vend ses tartes dans 900 magasins. Orvalle lancera sa gamme surgelée, vendue chez Monoprix à partir de septembre 2029, a indiqué Margaux Deville, qui dirige toujours l'entreprise.",
      'fr',
      PUB,
    );
    const launch = find(claims, 'launch', ['Orvalle']);
    expect(launch).toHaveLength(1);
    expect(launch[0]?.status).toBe('confirmed');
    expect(launch[0]?.attribution).toBeUndefined();
  });
});

describe('counter-examples: an outlet or an analyst cited keeps the hedge', () => {
  it('« …, a rapporté Le Messager du Rail »: an outlet is a source', () => {
    const claims = claimsOf(
      'Ferroviaire Lemanique et Alstom seraient en discussions pour un partenariat sur la maintenance des rames, a rapporté Le Messager du Rail.',
      'fr',
      PUB,
    );
    const deal = find(claims, 'agreement', ['Ferroviaire Lemanique', 'Alstom']);
    expect(deal).toHaveLength(1);
    expect(deal[0]?.status).toBe('rumour');
  });

  it('« …, a indiqué Paul Arnoux, analyste chez … »: an analyst keeps the rumour', () => {
    const claims = claimsOf(
      'Orvalle lancerait sa gamme surgelée chez Monoprix en septembre 2029, a indiqué Paul Arnoux, analyste chez Oddo BHF.',
      'fr',
      PUB,
    );
    for (const launch of find(claims, 'launch', ['Orvalle'])) expect(launch.status).toBe('rumour');
  });
});

describe('counter-examples: a trailing comment that tells another deal to come hedges it', () => {
  it('« a signé un protocole …, ce qui pourrait déboucher sur un rachat »: the takeover stays a rumour', () => {
    const claims = claimsOf(
      "Brantwell Motors a signé un protocole d'accord avec Ostrava Cells, ce qui pourrait déboucher sur un rachat d'Ostrava Cells par Brantwell.",
      'fr',
      PUB,
    );
    for (const c of find(claims, 'acquisition', ['Brantwell Motors', 'Ostrava Cells']))
      expect(c.status).toBe('rumour');
  });

  it('"has signed a memorandum …, which could lead to a takeover": the takeover stays a rumour', () => {
    const claims = claimsOf(
      'Brantwell Motors has signed a memorandum of understanding with Ostrava Cells, which could lead to a takeover of the Brno company by Brantwell.',
      'en',
      PUB,
    );
    for (const c of find(claims, 'acquisition', ['Brantwell Motors', 'Ostrava Cells']))
      expect(c.status).toBe('rumour');
  });
});

describe('a target saying no offer reached it denies', () => {
  it('"said it had not received any approach from X": deny', () => {
    const claims = claimsOf(
      'Harlow Mutual said on Monday that it had not received any approach from Brightwater Insurance.',
      'en',
      PUB,
    );
    const said = find(claims, 'statement', ['Harlow Mutual']);
    expect(said).toHaveLength(1);
    expect(said[0]?.kind === 'statement' ? said[0].stance : undefined).toBe('deny');
  });
});
