import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 14, undetected claims. Two constructions that hid claims from the engine:
 * - a label obtained by a site or a product named by its common noun alone (« Le site vient d'obtenir »,
 *   "The plant obtained"): the story's own asset, so the topic company holds it;
 * - a common body founded by the parties and told as its creation (« la création de Néva, un consortium
 *   chargé de … », « l'acte de naissance de Granéa, une union de coopératives »).
 * Every sentence is invented for this file.
 */
const PUB = '2029-03-15';
const certifications = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, PUB).filter((c) => c.kind === 'certification');

describe('a label obtained by a site or a product named by its noun alone is the topic company’s', () => {
  it('« Le site vient d’obtenir la certification »', () => {
    const claims = claimsOf(
      "Vernouillet Textiles a inauguré l'an dernier une usine à Roanne. Le site vient d'obtenir la certification ISO 14001.",
      'fr',
      PUB,
    );
    const c = find(claims, 'certification', ['Vernouillet Textiles'])[0];
    expect(c?.kind === 'certification' ? c.label : undefined).toBe('ISO 14001');
    expect(c?.status).toBe('confirmed');
  });

  it('« Les deux premières unités du méthaniseur ont obtenu le mois dernier »', () => {
    const claims = claimsOf(
      'Méthavert Énergie exploite un méthaniseur près de Cholet. Les deux premières unités du méthaniseur ont obtenu le mois dernier la certification ISO 50001.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Méthavert Énergie'])).toHaveLength(1);
  });

  it('"The plant obtained … certification"', () => {
    const claims = claimsOf(
      'Harbeck Foods opened a bakery in Wrexham last year. The plant obtained ISO 22000 certification in May.',
      'en',
      PUB,
    );
    expect(find(claims, 'certification', ['Harbeck Foods'])).toHaveLength(1);
  });

  it('"The test also received … certification"', () => {
    const claims = claimsOf(
      'Polgarth Diagnostics makes a rapid blood test. The test also received ISO 13485 certification in September.',
      'en',
      PUB,
    );
    expect(find(claims, 'certification', ['Polgarth Diagnostics'])).toHaveLength(1);
  });
});

describe('counter-examples: an asset’s label still to come is no certification', () => {
  it('« Le site devra obtenir la certification » is an aspiration', () => {
    expect(
      certifications(
        "Vernouillet Textiles a inauguré une usine à Roanne. Le site devra obtenir la certification ISO 14001 d'ici à 2030.",
        'fr',
      ),
    ).toEqual([]);
  });

  it('"The site hopes to obtain" is an aspiration', () => {
    expect(
      certifications(
        'Harbeck Foods opened a plant in Wrexham. The site hopes to obtain ISO 22000 certification.',
        'en',
      ),
    ).toEqual([]);
  });

  it('« Le site n’a pas encore obtenu la certification » is no label obtained', () => {
    expect(
      certifications(
        'Vernouillet Textiles a inauguré une usine à Roanne. Le site n’a pas encore obtenu la certification ISO 14001.',
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('a common body told by its creation is an agreement between its founders', () => {
  it('« ont officialisé la création de Néva, un consortium chargé de … »', () => {
    const claims = claimsOf(
      "Orange, le nantais Thalassa Networks et l'opérateur Sahel Connect ont officialisé lundi la création de Néva, un consortium chargé de construire un câble sous-marin.",
      'fr',
      PUB,
    );
    const c = find(claims, 'agreement', ['Orange', 'Thalassa Networks', 'Sahel Connect'])[0];
    expect(c?.status).toBe('confirmed');
  });

  it('« ont signé l’acte de naissance de Granéa, une union de coopératives »', () => {
    const claims = claimsOf(
      "Les coopératives Blévia Nord et Terres d'Ausone ont signé jeudi l'acte de naissance de Granéa, une union de coopératives qui vendra du blé à l'export.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Blévia Nord', "Terres d'Ausone"])).toHaveLength(1);
  });

  it('"formalised the creation of Hydrolis, a consortium that will …"', () => {
    const claims = claimsOf(
      'Shell and Norvane Energy formalised on Monday the creation of Hydrolis, a consortium that will build a hydrogen pipeline.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Shell', 'Norvane Energy'])).toHaveLength(1);
  });
});

describe('counter-examples: a body created by no named company pair is no agreement', () => {
  it('« La création de Néva, un consortium de recherche public, a été annoncée par le ministère »', () => {
    const claims = claimsOf(
      'La création de Néva, un consortium de recherche public, a été annoncée lundi par le ministère.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('"The ministry announced the creation of Hydrolis, a consortium of public laboratories"', () => {
    const claims = claimsOf(
      'The ministry announced the creation of Hydrolis, a consortium of public laboratories.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('a consortium that lost a tender is no new agreement', () => {
    const claims = claimsOf(
      "Le consortium mené par Orvane a perdu l'appel d'offres face à Brisach.",
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});
