import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 17, a sale told with the company sold described in an apposition before its buyer: "to sell its
 * lighting arm, Corvanne Optics, to Harbell Capital", "the sale of Maison Velours, its French subsidiary, to
 * X", "to sell Lymford Pensions, a closed book of 180,000 policies it took over in 2015, to Y", « céder
 * 100 % de X, sa filiale qui … en Bretagne, en Vendée et en Gironde, à Y ». The apposition cut the sale
 * from its buyer: nothing was read, or talks between the seller and the buyer were taken for an agreement.
 * The buyer and the company sold are the parties; the seller is not one. Sales of goods or output to
 * customers stay no acquisition.
 * Every sentence is invented for this file.
 */
const PUB = '2029-06-12';
const deals = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, PUB).filter((c) => c.kind === 'acquisition' || c.kind === 'agreement');

describe('a sale whose company sold is described before its buyer', () => {
  it('"to sell its lighting arm, NAME, to BUYER"', () => {
    const claims = deals(
      'Tamworth Engineering agreed on Tuesday to sell its lighting arm, Corvanne Optics, to Harbell Capital, a Dublin-based buyout firm, for 90 million pounds.',
      'en',
    );
    expect(find(claims, 'acquisition', ['Harbell Capital', 'Corvanne Optics'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Tamworth Engineering', 'Harbell Capital'])).toEqual([]);
  });

  it('"the sale of NAME, its French subsidiary, to BUYER"', () => {
    const claims = deals(
      'Pelham Living said on Friday it had completed the sale of Maison Velours, its French subsidiary, to Groupe Sarthenay, the family-owned bedding maker, for EUR 48m.',
      'en',
    );
    expect(find(claims, 'acquisition', ['Groupe Sarthenay', 'Maison Velours'])).toHaveLength(1);
    expect(claims.filter((c) => c.parties.includes('Pelham Living'))).toEqual([]);
  });

  it('"in talks to sell NAME, a long apposition with a figure, to BUYER" is a rumoured sale, not talks between seller and buyer', () => {
    const claims = deals(
      'Aldwick Assurance is in exclusive talks to sell Lymford Pensions, a closed book of around 180,000 policies that it has run for two decades, to Ravensholt Re, the Bermuda-based reinsurer.',
      'en',
    );
    const sale = find(claims, 'acquisition', ['Ravensholt Re', 'Lymford Pensions']);
    expect(sale).toHaveLength(1);
    expect(sale[0]?.status).toBe('rumour');
    expect(find(claims, 'agreement', ['Aldwick Assurance', 'Ravensholt Re'])).toEqual([]);
  });

  it('« céder 100 % de NAME, sa filiale qui … (une liste), à ACHETEUR »', () => {
    const claims = deals(
      'Le groupe Kerbrat a signé lundi un accord pour céder 100 % de Kerbrat Froid, sa filiale qui exploite 40 entrepôts en Bretagne, en Vendée et en Gironde, au logisticien Transalliance.',
      'fr',
    );
    expect(find(claims, 'acquisition', ['Transalliance', 'Kerbrat Froid'])).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('sales that are no purchase of a company', () => {
  it('output sold to customers after an apposition', () => {
    const claims = deals(
      'Carnbrae Wind will sell the power of Glenmory, its largest onshore farm, to industrial customers in Scotland from 2030.',
      'en',
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });

  it('products sold to a named retailer after an apposition', () => {
    const claims = deals(
      'Dunmere Foods will sell its biscuits, including the Halden range, to Tesco under a three-year supply agreement.',
      'en',
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });

  it('the sale of aircraft to an airline', () => {
    const claims = deals(
      'The sale of Airbus A321neo jets, the best-selling model of the range, to Qantas was confirmed on Monday.',
      'en',
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

/**
 * « X a annoncé lundi son entrée au capital de Y » : « son » is the subject that announces, the buyer; the
 * stake may come after an apposition (« Y, une société de …, à hauteur de 30 % »). A recalled entry (« sept ans
 * après son entrée au capital ») announces nothing.
 */
describe('an entry into a company’s capital announced by the buyer', () => {
  it('« a annoncé lundi son entrée au capital de Y, une société …, à hauteur de 30 % »', () => {
    const claims = deals(
      'Mutuelle Orvanne a annoncé lundi son entrée au capital de Brisach Conseil, un cabinet bordelais spécialisé dans la retraite, à hauteur de 30 %, sans dévoiler le montant.',
      'fr',
    );
    const stake = find(claims, 'acquisition', ['Mutuelle Orvanne', 'Brisach Conseil']);
    expect(stake).toHaveLength(1);
    expect(stake[0]).toMatchObject({ status: 'confirmed', percent: 30 });
  });

  it('the English "announced it had taken a 30% stake in" still reads', () => {
    const claims = deals(
      'Orvanne Mutual announced on Monday it had taken a 30% stake in Brisach Advisory.',
      'en',
    );
    expect(find(claims, 'acquisition', ['Orvanne Mutual', 'Brisach Advisory'])).toHaveLength(1);
  });

  it('« sept ans après son entrée au capital » recalls an old entry: no claim of its own', () => {
    const claims = deals(
      'Pour le fonds Calvane Partners, la sortie intervient sept ans après son entrée au capital de Brisach Conseil.',
      'fr',
    );
    expect(claims.filter((c) => c.kind === 'acquisition' && c.parties[0] === 'Calvane Partners')).toEqual([]);
  });
});

/**
 * « reprise » is also the take-back of used goods (collection, trade-in): « confie à X la reprise des chaussures
 * usagées », « une offre de reprise de l'ancien téléphone ». No company is taken over; a takeover told with the
 * same word stays.
 */
describe('« reprise » of used goods is no takeover', () => {
  it('« un partenariat qui confie à X la reprise des chaussures usagées »', () => {
    const claims = deals(
      'Foulées Sport a signé avec Reboucle un partenariat de deux ans qui confie à la start-up bordelaise la reprise des chaussures de course usagées rapportées en magasin.',
      'fr',
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
    expect(find(claims, 'agreement', ['Foulées Sport', 'Reboucle'])).toHaveLength(1);
  });

  it('« avec une offre de reprise de l’ancien téléphone »', () => {
    const claims = deals(
      'Kelvane Mobile a signé un accord de distribution avec Bouygues Telecom, avec une offre de reprise de l’ancien téléphone des clients.',
      'fr',
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });

  it('« la reprise de Tissages Morvan par Dentelles Arlay » stays a takeover', () => {
    const claims = deals(
      'Le tribunal de commerce de Lyon a validé mardi la reprise de Tissages Morvan par Dentelles Arlay, qui conserve 120 salariés.',
      'fr',
    );
    expect(find(claims, 'acquisition', ['Dentelles Arlay', 'Tissages Morvan'])).toHaveLength(1);
  });

  it('the English "trade-in" was never read as a purchase', () => {
    const claims = deals(
      'Kelvane Mobile signed a distribution deal with Vodafone that includes a trade-in offer for customers’ old phones.',
      'en',
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});
