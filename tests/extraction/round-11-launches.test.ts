import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 11, launches: month-only dates after « dès le mois de » and a negated « avant » / "before"; equipment
 * « en service » is no offer; a venture named as the subject launches, even after a fronted participle or a
 * naming participle; a product presented by a possessive apposition is its owner's.
 * Invented companies and sentences, both languages.
 */
const PUB = '2029-05-09'; // a Wednesday

const launches = (claims: Claim[]) =>
  claims
    .filter((c) => c.kind === 'launch')
    .map((c) => ({
      parties: [...c.parties].sort(),
      date: c.kind === 'launch' ? c.eventDate : undefined,
      bound: c.kind === 'launch' ? c.bound : undefined,
    }));

describe('a month with no year after « dès le mois de », « à partir du mois de »', () => {
  it('dates the launch in the publication year (the next year for a month already past)', () => {
    const fr = claimsOf(
      'Corvelle Peintures commercialisera dès le mois de novembre une gamme de lasures sans solvant.',
      'fr',
      PUB,
    );
    expect(launches(fr)).toEqual([{ parties: ['Corvelle Peintures'], date: '2029-11', bound: undefined }]);
    const past = claimsOf(
      'Corvelle Peintures proposera à partir du mois de février une gamme de lasures sans solvant.',
      'fr',
      PUB,
    );
    expect(launches(past).map((l) => l.date)).toEqual(['2030-02']);
  });
});

describe('a month with no year after a negated « avant » / "before" is a lower bound', () => {
  it('« ne … pas avant septembre », "not … before October"', () => {
    const fr = claimsOf(
      'Brisemer Mobile ne commercialisera pas son prochain téléphone avant septembre.',
      'fr',
      PUB,
    );
    expect(launches(fr)).toEqual([{ parties: ['Brisemer Mobile'], date: '2029-09', bound: 'not_before' }]);
    const en = claimsOf(
      'Ashgrove Software said the new billing app would not be available before October.',
      'en',
      PUB,
    );
    expect(launches(en)).toEqual([{ parties: ['Ashgrove Software'], date: '2029-10', bound: 'not_before' }]);
  });

  it('an « avant » or "before" with no negation dates no launch', () => {
    const fr = claimsOf(
      'Brisemer Mobile a signé avant septembre un contrat avec un sous-traitant de Douai.',
      'fr',
      PUB,
    );
    expect(launches(fr)).toEqual([]);
    const en = claimsOf('Ashgrove Software hired two engineers before October.', 'en', PUB);
    expect(launches(en)).toEqual([]);
  });
});

describe('equipment put « en service » is no offer launched', () => {
  it('« dont la mise en service est prévue en 2031 » after a plant described at length', () => {
    const claims = claimsOf(
      'Valmoré Chimie et Ostreval créent Polyvane. La société commune investira 90 millions d’euros dans une unité de recyclage capable de traiter 12 000 tonnes de plastiques usagés par an, dont la mise en service est prévue en 2031.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });

  it('« doivent entrer en service en 2030 », « la mise en service commerciale est prévue »', () => {
    expect(
      launches(
        claimsOf(
          'Plusieurs chaudières à biomasse de Valmoré Chimie doivent entrer en service en 2030 sur le site de Lacq.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
    expect(
      launches(
        claimsOf(
          'Ostreval construira la ligne de téléphérique. La mise en service commerciale est prévue au second semestre 2031.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('an offer « en service » on its own still launches', () => {
    const claims = claimsOf(
      'Le nouveau service de covoiturage de Valmoré Mobilités sera en service dès le 3 juin dans toute la métropole.',
      'fr',
      PUB,
    );
    expect(launches(claims).map((l) => l.parties)).toEqual([['Valmoré Mobilités']]);
  });
});

describe('a venture subject launches, whoever the sentence names as telling it', () => {
  it('after a fronted participle: « Détenue à parts égales, X ne commercialisera pas … , a précisé Y »', () => {
    const claims = claimsOf(
      'Ferrandel Systèmes et Kolbeck ont officialisé la création d’une coentreprise baptisée Nivalis. Détenue à parts égales, Nivalis ne commercialisera pas ses premiers radars avant 2031, a précisé Ferrandel.',
      'fr',
      PUB,
    );
    expect(launches(claims).map((l) => l.parties)).toEqual([['Nivalis']]);
  });

  it('a name a naming participle gives « la nouvelle société » is a company, not a product', () => {
    const claims = claimsOf(
      'Ferrandel Systèmes et Kolbeck annoncent un accord de coentreprise pour produire des piles à combustible. Baptisée Hydrelle, la nouvelle société implantera son usine à Metz. Hydrelle commercialisera, à partir de 2031, une gamme de groupes électrogènes à hydrogène.',
      'fr',
      PUB,
    );
    expect(launches(claims).map((l) => l.parties)).toEqual([['Hydrelle']]);
  });

  it('a speaker closing a sentence whose subject is a product still takes it (no fronted participle)', () => {
    const claims = claimsOf(
      'Ferrandel Systèmes a signé avec Kolbeck. La plateforme, qui intégrera les capteurs de Kolbeck, sera disponible en 2031, a précisé Ferrandel.',
      'fr',
      PUB,
    );
    expect(launches(claims).map((l) => l.parties)).toEqual([['Ferrandel Systèmes']]);
  });
});

describe('a product presented by a possessive apposition is its owner’s', () => {
  it('« X, son traitement de … » however long the description: X sold is the laboratory’s', () => {
    const claims = claimsOf(
      'Lormeau Pharma a reçu l’autorisation de mise sur le marché pour Dervalis, son traitement de la fibrose hépatique avancée chez les adultes non cirrhotiques, a annoncé lundi la biotech. Dervalis sera disponible en Italie dès le mois de novembre.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([{ parties: ['Lormeau Pharma'], date: '2029-11', bound: undefined }]);
  });

  it('a definite article and a long description may still be the company itself', () => {
    const claims = claimsOf(
      'Canal+ a signé un accord avec Rugbeo, la plateforme de streaming sportif lancée en 2026 par un ancien dirigeant de chaîne bien connu, pour la diffusion de matchs. Rugbeo a obtenu le label Offre légale de l’Arcom.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'certification').map((c) => c.parties)).toEqual([['Rugbeo']]);
  });
});
