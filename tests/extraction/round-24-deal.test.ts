import { describe, expect, it } from 'vitest';
import { claimsOf, expectHolds } from './claims-of.ts';

const labels = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, '2029-03-14').flatMap((c) =>
    c.kind === 'certification' ? [{ holder: c.parties[0], label: c.label }] : [],
  );

describe('a label named in quotation marks right after its noun is the label as written', () => {
  it('reads a French label in guillemets, whatever its case', () => {
    expectHolds(
      'La Filature Dormantin a obtenu pour toute sa gamme le label « Fabriqué en Vosges », délivré après un audit de Bureau Veritas.',
      'fr',
      '2029-03-14',
      'Filature Dormantin',
      'Fabriqué en Vosges',
    );
    expectHolds(
      'Les Tanneries Quervel ont obtenu en janvier la certification « cuir responsable avancé ».',
      'fr',
      '2029-03-14',
      'Tanneries Quervel',
      'cuir responsable avancé',
    );
  });

  it('counter-examples: a quotation that does not follow a label noun names no label', () => {
    expect(labels('La Filature Dormantin a obtenu un prêt « très avantageux » de sa banque.', 'fr')).toEqual(
      [],
    );
    expectHolds(
      'La Filature Dormantin a obtenu la certification ISO 14001 au niveau « Avancé », délivrée par Afnor.',
      'fr',
      '2029-03-14',
      'Filature Dormantin',
      'ISO 14001',
    );
    expectHolds(
      'La Filature Dormantin a obtenu la certification ISO 14001, « une étape clé », selon sa présidente.',
      'fr',
      '2029-03-14',
      'Filature Dormantin',
      'ISO 14001',
    );
  });
});

describe('« multiplier les accords » tells a habit with unnamed partners, no agreement of the article', () => {
  const agreements = (text: string) =>
    claimsOf(text, 'fr', '2029-03-14')
      .filter((c) => c.kind === 'agreement')
      .map((c) => [...c.parties].sort());

  it('reads no agreement from the habit alone', () => {
    expect(
      agreements(
        'La filiale de Danone, qui a multiplié depuis deux ans les accords avec des marques bio, s’engage sur un volume minimal la première année.',
      ),
    ).toEqual([]);
  });

  it('counter-example: the deal the sentence does tell is kept', () => {
    expect(
      agreements(
        'Vernadel, qui a multiplié les partenariats avec des distributeurs, a signé lundi un accord de distribution avec Carrefour.',
      ),
    ).toEqual([['Carrefour', 'Vernadel']]);
  });
});

describe('a region code before a label code says where the label holds, not its name', () => {
  it('reads "EU GMP" as GMP', () => {
    expectHolds(
      'Harnvik Biologics said it had been granted an EU GMP certificate by the Norwegian Medical Products Agency.',
      'en',
      '2029-03-14',
      'Harnvik Biologics',
      'GMP',
    );
  });

  it('counter-example: a region code after the label is part of its name', () => {
    expectHolds(
      'Harnvik Biologics has obtained ISCC EU certification for its Bergen plant.',
      'en',
      '2029-03-14',
      'Harnvik Biologics',
      'ISCC EU',
    );
  });
});
