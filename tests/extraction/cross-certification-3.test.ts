import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, expectHolds } from './claims-of.ts';

/**
 * Certification, third cross-corpus round: how the holder of a label is found, written afresh with
 * invented companies (mechanisms seen in several tuned corpora and phrasebooks, never their sentences).
 */
const PUB = '2030-03-21';

const certifications = (claims: Claim[]) => claims.filter((c) => c.kind === 'certification');
const holdersOf = (claims: Claim[]) => certifications(claims).map((c) => c.parties.join('+'));

const holds = (text: string, lang: 'fr' | 'en', holder: string, label: string) =>
  expectHolds(text, lang, PUB, holder, label);

describe('one label told once has one holder: the subject nearest its verb (blind-25, blind-28, phrasebook-5)', () => {
  it('a speaker, then the reported subject that obtained it', () =>
    holds(
      'Harrowgate Capital said on Monday that its Harrowgate Green Bond Fund had been awarded the Greenfin label by the French ministry.',
      'en',
      'Harrowgate Green Bond Fund',
      'Greenfin',
    ));
  it('an analyst names a company, then another holds the label', () =>
    holds(
      'Analysts at Pemberton Shore noted that Castlemoor Foods had recently obtained BRCGS certification for its Hull bakery.',
      'en',
      'Castlemoor Foods',
      'BRCGS',
    ));
  it('French: the speaker announces that a subsidiary obtained it', () =>
    holds(
      'Vardène Industries a annoncé mardi que sa filiale Orbelis Santé avait obtenu la certification HDS pour ses deux centres de données.',
      'fr',
      'Orbelis Santé',
      'HDS',
    ));
  it('French: a role noun right before the name is no second holder', () =>
    holds(
      "L'hébergeur roubaisien Talvenne a obtenu la qualification SecNumCloud pour son offre dédiée aux collectivités.",
      'fr',
      'Talvenne',
      'SecNumCloud',
    ));
  it('counter-example: two companies coordinated as the subject both hold it', () => {
    const claims = claimsOf(
      'Brannock Data and Quillfield Hosting have both obtained ISO 27001 certification for their Manchester sites.',
      'en',
      PUB,
    );
    expect(holdersOf(claims).sort()).toEqual(['Brannock Data', 'Quillfield Hosting']);
  });
  it('counter-example (fr): « X et Y ont obtenu » gives both', () => {
    const claims = claimsOf(
      'Sarvelle Cloud et Norvane Hébergement ont obtenu la qualification SecNumCloud en janvier.',
      'fr',
      PUB,
    );
    expect(holdersOf(claims).sort()).toEqual(['Norvane Hébergement', 'Sarvelle Cloud']);
  });
});

describe('a company named once, then an inserted adverbial before its verb, is the subject (blind-24, blind-34, and "a par ailleurs" in 20 corpora)', () => {
  it('« a de son côté obtenu »', () =>
    holds(
      'Le fabricant Torvelle a de son côté obtenu lundi la certification ISO 14001 pour son usine de Cholet.',
      'fr',
      'Torvelle',
      'ISO 14001',
    ));
  it('« a par ailleurs décroché »', () =>
    holds(
      'Brestalis a par ailleurs décroché en avril le label Numérique Responsable.',
      'fr',
      'Brestalis',
      'Numérique Responsable',
    ));
  it('« a pour sa part obtenu »', () =>
    holds(
      'Ardemont Logistique a pour sa part obtenu la certification TAPA FSR.',
      'fr',
      'Ardemont Logistique',
      'TAPA FSR',
    ));
  it('"has for its part received"', () =>
    holds(
      'Kelmsworth Foods has for its part received BRCGS certification for its Grimsby plant.',
      'en',
      'Kelmsworth Foods',
      'BRCGS',
    ));
  it('a market report: "X added 0.8% after the company said it had obtained"', () =>
    holds(
      'Sennacott Retail fell 2.1% on Tuesday after a profit warning, while Dovecote Energy added 0.8% after the utility said it had obtained ISO 50001 certification for its gas network.',
      'en',
      'Dovecote Energy',
      'ISO 50001',
    ));
  it('counter-example: an aspiration after the adverbial gives nothing', () =>
    expect(
      certifications(
        claimsOf(
          'Brestalis a par ailleurs engagé des démarches pour obtenir la certification ISO 27001.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]));
});
