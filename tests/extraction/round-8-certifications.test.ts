import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, expectHolds } from './claims-of.ts';

/**
 * Certifications, session 8: an approval named by its bare noun and the body that grants it (blind-30, -32,
 * -33); a site's place or a product's name is no holder, the site is its owner's (blind-29, -30, -31, -32,
 * phrasebook-4); the body a label comes "from" is no holder (blind-29). Invented companies and wordings.
 */
const PUB = '2031-04-15';

const certifications = (claims: Claim[]) => claims.filter((c) => c.kind === 'certification');
const holds = (text: string, lang: 'fr' | 'en', holder: string, label: string) =>
  expectHolds(text, lang, PUB, holder, label);

describe('an approval named by its noun, then its issuer ("l’agrément de l’ACPR", "le visa de sécurité de l’ANSSI")', () => {
  it('agrément de + regulator', () =>
    holds(
      'Banque Orlane vient d’obtenir l’agrément de l’ACPR pour ses activités de paiement.',
      'fr',
      'Banque Orlane',
      'agrément',
    ));
  it('visa de sécurité de + regulator, after a fronted role noun', () =>
    holds(
      'Le fabricant Kestria a décroché le mois dernier le visa de sécurité de l’ANSSI pour son pare-feu industriel.',
      'fr',
      'Kestria',
      'visa de sécurité',
    ));
  it('the issuer is kept', () => {
    const c = certifications(
      claimsOf(
        'Banque Orlane vient d’obtenir l’agrément de l’ACPR pour ses activités de paiement.',
        'fr',
        PUB,
      ),
    )[0];
    expect(c?.kind === 'certification' ? c.issuer : undefined).toBe('ACPR');
  });
  const none = [
    'Kestria devra obtenir l’agrément de l’ACPR avant l’été.',
    'Kervalis a obtenu l’autorisation de la Commission européenne pour racheter Dombril.',
    'Kervalis a obtenu le soutien de la Banque des Territoires.',
  ];
  for (const text of none)
    it(`nothing: ${text.slice(0, 50)}`, () => expect(certifications(claimsOf(text, 'fr', PUB))).toEqual([]));
});

describe('a site’s place or a product’s name is no holder: the site is its owner’s', () => {
  it('the Town hotel obtained', () =>
    holds(
      'Maplecrest Hospitality REIT bought two lodges last year. The Whistler hotel obtained LEED Gold certification from the Canada Green Building Council in October.',
      'en',
      'Maplecrest Hospitality REIT',
      'LEED Gold',
    ));
  it('its warehouses in A and B', () =>
    holds(
      'Brackley Logistics said on Monday that its warehouses in Leeds and Hull had received ISO 14001 certification from BSI.',
      'en',
      'Brackley Logistics',
      'ISO 14001',
    ));
  it('a possessor’s Town plant', () =>
    holds(
      'Brockley Steel’s Sheffield plant obtained ISO 50001 certification in June.',
      'en',
      'Brockley Steel',
      'ISO 50001',
    ));
  it('un vignoble du Médoc … et obtient', () => {
    const claims = claimsOf(
      'Domaines Sarrazin rachète un vignoble du Médoc et obtient la certification HVE pour l’ensemble de ses parcelles.',
      'fr',
      PUB,
    );
    expect(certifications(claims).map((c) => c.parties.join('+'))).toEqual(['Domaines Sarrazin']);
  });
  it('« Notre capteur X » in a quote: the product is the company’s', () =>
    holds(
      'Capteurs Valdrôme équipe les poids lourds. « Notre capteur Vigil 3 a obtenu en mars la certification ISO 26262 », a précisé son directeur général.',
      'fr',
      'Capteurs Valdrôme',
      'ISO 26262',
    ));
  it('the body a label came from is no holder', () => {
    const claims = claimsOf(
      'The sensor module obtained certification to ISO 26262, the functional-safety standard for road vehicles, from DEKRA last month.',
      'en',
      PUB,
    );
    expect(certifications(claims).filter((c) => c.parties.includes('DEKRA'))).toEqual([]);
  });
  it('a company named with its own name keeps the label (counter-example)', () =>
    holds(
      'Harrowgate Capital said on Monday that its Harrowgate Green Bond Fund had been awarded the Greenfin label by the French ministry.',
      'en',
      'Harrowgate Green Bond Fund',
      'Greenfin',
    ));
});
