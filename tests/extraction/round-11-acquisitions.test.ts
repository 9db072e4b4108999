import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 11, acquisitions: who buys and what is bought, in the shapes the tuned corpora missed or misread.
 * Every sentence is invented for this file, with other companies and figures than the corpora's.
 */
const PUB = '2029-03-14'; // a Wednesday

const deals = (claims: Claim[]) => claims.filter((c) => c.kind === 'acquisition');
const percentOf = (c: Claim | undefined) => (c?.kind === 'acquisition' ? c.percent : undefined);

describe('« l’entrée de X à son capital », « à votre capital »: the capital is the subject’s or the interviewee’s', () => {
  it('a described subject is the company the story is about', () => {
    const claims = claimsOf(
      'Corvelis Robotique lève 30 millions d’euros. La jeune pousse grenobloise des bras articulés a annoncé lundi l’entrée de Schneider Electric à son capital, à hauteur de 12 %.',
      'fr',
      PUB,
    );
    const deal = find(claims, 'acquisition', ['Schneider Electric', 'Corvelis Robotique'])[0];
    expect(deal?.status).toBe('confirmed');
    expect(percentOf(deal)).toBe(12);
  });

  it('a name the registry does not know, standing before the verb, is not replaced by the story’s company', () => {
    const claims = claimsOf(
      'Orange a publié ses résultats. Côté immobilier, la foncière Maubreuil a gagné 3 % après l’entrée de Generali à son capital.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Generali', 'Orange'])).toEqual([]);
  });

  it('« à votre capital » in an interviewer’s question is the interviewee’s company, and « la presse a évoqué » a rumour', () => {
    const text = [
      'Hervé Lantenac (Sylvabois) : « Le bois d’œuvre français doit se regrouper »',
      'Hervé Lantenac, président de Sylvabois, a reçu La Lettre des Scieries dans son usine des Vosges.',
      'La Lettre des Scieries : Vous avez ouvert une nouvelle ligne en janvier. Pourquoi ?',
      'Hervé Lantenac : Pour répondre à la demande des charpentiers, qui a doublé en deux ans.',
      'La Lettre des Scieries : La presse a évoqué l’entrée de Bpifrance à votre capital. Qu’en est-il ?',
      'Je ne commente pas les rumeurs.',
    ].join('\n\n');
    const { claims } = extractClaims({
      text,
      language: 'fr',
      publishedAt: PUB,
      publisher: 'La Lettre des Scieries',
    });
    const deal = find(claims, 'acquisition', ['Bpifrance', 'Sylvabois'])[0];
    expect(deal?.status).toBe('rumour');
  });
});

describe('an interview where only the interviewer is labelled (« Outlet : question », then the answer)', () => {
  it('the answer’s « nous » buys, with the share the noun names', () => {
    const text = [
      'Inès Garrigou (Mutuelle Ardéchoise) : « Nous voulons peser dans la prévoyance »',
      'Inès Garrigou, directrice générale de la Mutuelle Ardéchoise, a reçu Le Courrier Assurance à Privas.',
      'Le Courrier Assurance : Vous venez de racheter un courtier lyonnais. Pourquoi ?',
      'Inès Garrigou : Nous avons finalisé en février l’acquisition de 65 % de Courtage Rhodanien, un cabinet de quarante personnes.',
      'Le Courrier Assurance : Et la suite ?',
      'Nous ouvrirons trois agences dans la Drôme cette année.',
    ].join('\n\n');
    const { claims } = extractClaims({
      text,
      language: 'fr',
      publishedAt: PUB,
      publisher: 'Le Courrier Assurance',
    });
    const deal = find(claims, 'acquisition', ['Mutuelle Ardéchoise', 'Courtage Rhodanien'])[0];
    expect(deal?.status).toBe('confirmed');
    expect(percentOf(deal)).toBe(65);
  });
});

describe('the name a deal or talks are held "with", before the purpose, sells: the subject buys', () => {
  it('« un accord avec X en vue d’acquérir N % de Y », "in talks with X and Z to take a stake in Y"', () => {
    const fr = claimsOf(
      'Covéa a signé jeudi un accord avec le fonds Keravel Partners en vue d’acquérir 70 % du capital de Prévoyance Cévenole.',
      'fr',
      PUB,
    );
    expect(find(fr, 'acquisition', ['Covéa', 'Prévoyance Cévenole'])).toHaveLength(1);
    expect(find(fr, 'acquisition', ['Keravel Partners', 'Prévoyance Cévenole'])).toEqual([]);
    const en = claimsOf(
      'Vodafone is reportedly in talks with Telmora and Brisken Capital to take a 25% stake in Nordwave Fibre, their joint network company.',
      'en',
      PUB,
    );
    expect(find(en, 'acquisition', ['Vodafone', 'Nordwave Fibre'])[0]?.status).toBe('rumour');
    expect(find(en, 'acquisition', ['Telmora', 'Nordwave Fibre'])).toEqual([]);
  });
});

describe('sales: the buyer comes after "to" / « à », the thing sold is never the buyer', () => {
  it('"to sell a stake in X, its unit, to trading house Y": Y buys X', () => {
    const claims = claimsOf(
      'Cairnmoor Resources rose 5.1% after agreeing to sell a 30% stake in Lusaka Nickel, its Zambian subsidiary, to Korean trading house Hanjin Global for $90 million.',
      'en',
      PUB,
    );
    expect(percentOf(find(claims, 'acquisition', ['Hanjin Global', 'Lusaka Nickel'])[0])).toBe(30);
    expect(find(claims, 'acquisition', ['Lusaka Nickel', 'Cairnmoor Resources'])).toEqual([]);
  });

  it('a place after « aux » is no buyer', () => {
    const claims = claimsOf(
      'Vossloh a démenti toute discussion sur la cession de ses activités ferroviaires aux États-Unis.',
      'fr',
      PUB,
    );
    expect(deals(claims).filter((c) => c.parties.includes('États-Unis'))).toEqual([]);
  });
});

describe('what is bought: a company in apposition, a company bought from its owner, not rights or assets', () => {
  it('"X, a Lisbon-based booking platform" is a company bought, not a product', () => {
    const claims = claimsOf(
      'Booking Holdings has agreed to buy Viajalto, a Lisbon-based booking platform for surf schools, for an undisclosed sum.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Booking Holdings', 'Viajalto'])).toHaveLength(1);
  });

  it('"is buying X from Y" buys X, not its seller', () => {
    const named = claimsOf(
      'Diageo confirmed on Tuesday that it was buying Brasserie Kerandel from the cooperative Terres d’Iroise.',
      'en',
      PUB,
    );
    expect(find(named, 'acquisition', ['Diageo', 'Brasserie Kerandel'])).toHaveLength(1);
    expect(find(named, 'acquisition', ['Diageo', 'Terres d’Iroise'])).toEqual([]);
  });

  it('« a racheté au fonds X sa participation dans Y » buys Y; « rachète à X des magasins » keeps X', () => {
    const stake = claimsOf(
      'Wendel a racheté au fonds Argos sa participation dans Groupe Malvézie.',
      'fr',
      PUB,
    );
    expect(find(stake, 'acquisition', ['Wendel', 'Groupe Malvézie'])).toHaveLength(1);
    expect(find(stake, 'acquisition', ['Wendel', 'Argos'])).toEqual([]);
    const assets = claimsOf(
      'Le groupe Tervalis rachète à Casino un lot de 12 supérettes en Bretagne.',
      'fr',
      PUB,
    );
    expect(find(assets, 'acquisition', ['Tervalis', 'Casino'])).toHaveLength(1);
  });

  it('rights to a drug acquired are a licence, and a partner of a second verb is no target', () => {
    const rights = claimsOf(
      'Servier has acquired the Asian rights to an oncology drug developed by Kyoren Pharma, in a licensing deal worth $300m.',
      'en',
      PUB,
    );
    expect(deals(rights)).toEqual([]);
    const lease = claimsOf(
      'La foncière Ormelis rachète un portefeuille de 14 hôtels en Bretagne et signe un bail de douze ans avec Accor.',
      'fr',
      PUB,
    );
    expect(find(lease, 'acquisition', ['Ormelis', 'Accor'])).toEqual([]);
  });
});

describe('a stake told in a relative clause is in its antecedent', () => {
  it('"X, in which the fund Y took a 10% stake, …"; not the agent of a round', () => {
    const claims = claimsOf(
      'Tervane Rail, in which the Dutch pension fund PGGM took a 10% stake in January, has ordered eight locomotives from Siemens Mobility.',
      'en',
      PUB,
    );
    expect(percentOf(find(claims, 'acquisition', ['PGGM', 'Tervane Rail'])[0])).toBe(10);
    expect(find(claims, 'acquisition', ['PGGM', 'Siemens Mobility'])).toEqual([]);
    const round = claimsOf(
      'Hydrovane raised 60 million euros last year in a round led by the investor Eurazeo, in which TotalEnergies took an 8% stake.',
      'en',
      PUB,
    );
    expect(find(round, 'acquisition', ['TotalEnergies', 'Eurazeo'])).toEqual([]);
  });
});

describe('names and shares of a deal', () => {
  it('"Co-operative" closes the name of the company bought', () => {
    const claims = claimsOf(
      'Arla Foods is said to be in talks about acquiring Penllyn Farmers Co-operative, the Welsh cheese maker.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Arla Foods', 'Penllyn Farmers Co-operative'])[0]?.status).toBe(
      'rumour',
    );
  });

  it('the share a noun names: « l’acquisition de 60 % de X », "the acquisition of 70% of X"', () => {
    const fr = claimsOf('Vicat a annoncé mardi l’acquisition de 60 % de Bétons du Ventoux.', 'fr', PUB);
    expect(percentOf(find(fr, 'acquisition', ['Vicat', 'Bétons du Ventoux'])[0])).toBe(60);
    const en = claimsOf(
      'Unilever said it had completed the acquisition of 70% of Marlowe Botanicals.',
      'en',
      PUB,
    );
    expect(percentOf(find(en, 'acquisition', ['Unilever', 'Marlowe Botanicals'])[0])).toBe(70);
  });
});
