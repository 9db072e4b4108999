import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Classes of share-move and denial errors that recur across several tuned corpora (round 44, second
 * cross-corpus round), written afresh with invented companies.
 */
const PUB = '2029-05-09'; // a Wednesday: "hier" / "yesterday" is 2029-05-08, "lundi" / "Monday" 2029-05-07

const moves = (claims: Claim[]) =>
  claims.filter((c) => c.kind === 'share_move') as (Claim & {
    percent: number;
    direction: string;
    eventDate?: string;
  })[];

describe('a company quantity heading the subject is no share move (the company only its complement)', () => {
  const quantities: [string, 'fr' | 'en', string][] = [
    [
      'Trescombe Retail a publié ses ventes trimestrielles. Le chiffre d’affaires du groupe Trescombe Retail a progressé de 4,2 % au premier trimestre.',
      'fr',
      'chiffre d’affaires du groupe',
    ],
    [
      'Marvelle Santé a publié ses comptes. Le résultat net de Marvelle Santé a bondi de 12 % sur un an.',
      'fr',
      'résultat net de',
    ],
    [
      'Le transporteur Orvanel publie son bilan. Les commandes reçues par Orvanel ont reculé de 6 % en avril.',
      'fr',
      'commandes reçues par',
    ],
    [
      'Le constructeur Pelgrane vise une baisse de 20 % du coût de ses batteries d’ici à 2031.',
      'fr',
      'baisse du coût',
    ],
    [
      'Halvering Group reported its results on Tuesday. Net income at Halvering Group climbed 7% to £1.9bn.',
      'en',
      'income at',
    ],
    [
      'Ostley Ports published its half-year figures. Traffic through the port of Ostley Ports rose 4% in the first half.',
      'en',
      'traffic through the port of',
    ],
    [
      'Brackwell Insurance published its annual report. Premiums written by Brackwell Insurance rose 11% last year.',
      'en',
      'premiums written by',
    ],
    [
      'Dunstan Foods published a trading update. Dunstan Foods said its turnover rose 5% in the quarter.',
      'en',
      'turnover',
    ],
  ];
  for (const [text, language, label] of quantities)
    it(`${language}: ${label}`, () => {
      expect(moves(claimsOf(text, language, PUB))).toEqual([]);
    });

  it('real moves stay: the stock, its shares, the company moving in a market', () => {
    const fr = claimsOf(
      'Trescombe Retail a publié ses ventes mardi. Le chiffre d’affaires de Trescombe Retail a progressé de 4 %, et l’action Trescombe Retail a gagné 2,3 % hier à la Bourse de Paris.',
      'fr',
      PUB,
    );
    expect(moves(fr).map((m) => [m.parties[0], m.percent, m.direction])).toEqual([
      ['Trescombe Retail', 2.3, 'up'],
    ]);
    const en = claimsOf(
      'Halvering Group reported results on Tuesday. Despite weaker sales at Halvering Group, its shares rose 3% yesterday, and Ostley Ports rose 1.4% in London.',
      'en',
      PUB,
    );
    expect(moves(en).map((m) => [m.parties[0], m.percent])).toEqual([
      ['Halvering Group', 3],
      ['Ostley Ports', 1.4],
    ]);
  });
});

describe('two moves of one stock in one sentence: the fronted earlier move has its own day', () => {
  it('fr: a lead-in before a colon, the stock named in the main clause', () => {
    const claims = claimsOf(
      'Carvenne Industrie a démenti mardi toute discussion. En Bourse, le démenti a refroidi les investisseurs : après avoir bondi de 18,2 % lundi, l’action Carvenne Industrie a reculé de 7,9 % hier.',
      'fr',
      PUB,
    );
    expect(moves(claims).map((m) => [m.percent, m.direction, m.eventDate])).toEqual([
      [18.2, 'up', '2029-05-07'],
      [7.9, 'down', '2029-05-08'],
    ]);
  });

  it('fr: the company as the direct subject of the main clause', () => {
    const claims = claimsOf(
      'Le marché a salué l’accord : après avoir gagné 7,4 % lundi, Solvenne Chimie a encore progressé de 3,1 % hier.',
      'fr',
      PUB,
    );
    expect(moves(claims).map((m) => [m.parties[0], m.percent, m.eventDate])).toEqual([
      ['Solvenne Chimie', 7.4, '2029-05-07'],
      ['Solvenne Chimie', 3.1, '2029-05-08'],
    ]);
  });

  it('en: a bare stock in the main clause is the company the article is about', () => {
    const claims = claimsOf(
      'Brenlow Mining confirmed on Tuesday that it had received an approach. After jumping 18% on Monday, the shares fell 7.9% yesterday.',
      'en',
      PUB,
    );
    expect(moves(claims).map((m) => [m.parties[0], m.percent, m.direction, m.eventDate])).toEqual([
      ['Brenlow Mining', 18, 'up', '2029-05-07'],
      ['Brenlow Mining', 7.9, 'down', '2029-05-08'],
    ]);
  });

  it('en: a lead-in before a colon', () => {
    const claims = claimsOf(
      'Investors were unimpressed: after surging 12% on Monday, Halden Robotics shares slipped 3% yesterday.',
      'en',
      PUB,
    );
    expect(moves(claims).map((m) => [m.percent, m.eventDate])).toEqual([
      [12, '2029-05-07'],
      [3, '2029-05-08'],
    ]);
  });

  it('counter-example: an index in the lead-in is not the stock, and a fronted peak with no stock is nothing', () => {
    const claims = claimsOf(
      'After rising 2% on Monday, the CAC 40 slipped 0.4% yesterday, while the euro was flat.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([]);
  });
});

describe("a company's denial naming who it had no talks with denies that takeover", () => {
  it('fr: « aucune négociation avec X » and « pas à vendre » in one quote', () => {
    const claims = claimsOf(
      '« Il n’y a aucune négociation avec Verdanne Emballages et l’entreprise n’est pas à vendre », a déclaré le PDG de Cartonnerie Aubrac.',
      'fr',
      PUB,
    );
    const deal = find(claims, 'acquisition', ['Verdanne Emballages', 'Cartonnerie Aubrac']);
    expect(deal.map((c) => [c.parties, c.status])).toEqual([
      [['Verdanne Emballages', 'Cartonnerie Aubrac'], 'denied'],
    ]);
    expect(find(claims, 'agreement', ['Verdanne Emballages', 'Cartonnerie Aubrac'])).toEqual([]);
  });

  it('fr: the quote split over two sentences, the tag after the second', () => {
    const claims = claimsOf(
      'Cartonnerie Aubrac dément les rumeurs. « Il n’y a aucune discussion avec Verdanne Emballages, ni avec personne. L’entreprise n’est pas à vendre », a déclaré son PDG lundi soir.',
      'fr',
      PUB,
    );
    const deal = find(claims, 'acquisition', ['Verdanne Emballages', 'Cartonnerie Aubrac'])[0];
    expect(deal?.parties).toEqual(['Verdanne Emballages', 'Cartonnerie Aubrac']);
    expect(deal?.status).toBe('denied');
  });

  it('fr: an interview answer after a question about the other side’s interest', () => {
    const claims = claimsOf(
      'Entretien avec Lise Marvaud, fondatrice de Savonnerie Belcour.\n\nDes rumeurs évoquent un intérêt de Groupe Albrecht pour votre entreprise. Qu’en est-il ?\n\n« Il n’y a jamais eu de discussion avec Groupe Albrecht. Nous resterons indépendants. »',
      'fr',
      PUB,
      'Trois questions à Lise Marvaud (Savonnerie Belcour) : « Nous resterons indépendants »',
    );
    const deal = find(claims, 'acquisition', ['Groupe Albrecht', 'Savonnerie Belcour'])[0];
    expect(deal?.parties).toEqual(['Groupe Albrecht', 'Savonnerie Belcour']);
    expect(deal?.status).toBe('denied');
  });

  it('en: "no discussions with X … not for sale", said by the target', () => {
    const claims = claimsOf(
      'Harrowgate Radio denied a report that it was about to be sold. "There have been no discussions with Pellham Broadcasting, and we are not for sale," a Harrowgate Radio spokeswoman said.',
      'en',
      PUB,
    );
    const deal = find(claims, 'acquisition', ['Pellham Broadcasting', 'Harrowgate Radio'])[0];
    expect(deal?.parties).toEqual(['Pellham Broadcasting', 'Harrowgate Radio']);
    expect(deal?.status).toBe('denied');
  });

  it('counter-examples: talks denied with no takeover in view stay talks; a typed deal denied stays an agreement', () => {
    const talks = claimsOf(
      'Quillan Software denied on Tuesday that it was working with Borrowdale Systems on a joint product. "There are no talks with Borrowdale Systems about a joint product," a Quillan Software spokesman said.',
      'en',
      PUB,
    );
    expect(talks.filter((c) => c.kind === 'acquisition')).toEqual([]);
    const partnership = claimsOf(
      '« Nous n’avons signé aucun partenariat avec Télévia et nous ne sommes pas en discussion », affirme le dirigeant de Norvel Data.',
      'fr',
      PUB,
    );
    expect(partnership.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});
