import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Where a company name starts and ends (round 9): a name goes on over an inner "de" after a land's head
 * noun ("Val de Loire", "Pays de Caux"), after a group's or an estate's title ("Groupe … de Médias",
 * "Domaine de la …") or a capitalised French plural ("Quais de Honfleur"), and, in English text, over any
 * lowercase "de/du/des" (no English word); an English demonym opens or goes on a name ("Canadian … Corp.",
 * "Tarrant American"). Which capitalised words are no company: a town after a role noun's "de" ("la petite
 * maison de Cognac", "le tribunal de commerce de Niort"), a region after "dans le"; and after "a stake of
 * about 20% in" comes the company, not a place. Invented companies, both languages where the shape exists.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort().join(' | '));
const allParties = (claims: Claim[]) => claims.flatMap((c) => c.parties);

type Case = [text: string, lang: 'fr' | 'en', kind: Claim['kind'], parties: string];

describe('a name goes on over its inner connector', () => {
  const cases: Case[] = [
    [
      'Le Stade Olympique Pays de Caux a signé un partenariat maillot avec Normandia Assurances.',
      'fr',
      'agreement',
      'Normandia Assurances | Stade Olympique Pays de Caux',
    ],
    [
      'Dunholm Partners agreed to buy a 60% stake in Racing Club Val de Marne, the French fourth-tier club.',
      'en',
      'acquisition',
      'Dunholm Partners | Racing Club Val de Marne',
    ],
    [
      'The farm cooperative Terres de Gascogne has signed a ten-year supply agreement with Pernod Ricard.',
      'en',
      'agreement',
      'Pernod Ricard | Terres de Gascogne',
    ],
    [
      'Velmont said it had signed a distribution deal with Bodegas de Rioja Alta.',
      'en',
      'agreement',
      'Bodegas de Rioja Alta | Velmont',
    ],
    [
      'Le fonds Orvane a annoncé l’acquisition de 70 % du Domaine de la Croix Haute, une propriété de 30 hectares.',
      'fr',
      'acquisition',
      'Domaine de la Croix Haute | Orvane',
    ],
    [
      'Le titre du Groupe Aquitain de Médias a progressé de 2,1 % mardi.',
      'fr',
      'share_move',
      'Groupe Aquitain de Médias',
    ],
    [
      'Borvek Logistique serait en négociations exclusives pour racheter Quais de Honfleur.',
      'fr',
      'acquisition',
      'Borvek Logistique | Quais de Honfleur',
    ],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(text, () => {
      expect(partiesOf(claimsOf(text, lang, PUB), kind)).toContain(parties);
    });

  it('a person with a "de" particle stays a person (counter-example)', () => {
    const claims = claimsOf(
      'Sanne de Wit, chief executive of Maltby Foods, said the company had signed a supply deal with Tesco.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Maltby Foods | Tesco']);
    expect(allParties(claims).some((p) => p.includes('Wit'))).toBe(false);
  });
});

describe('an English demonym opens or goes on a company name', () => {
  const cases: Case[] = [
    [
      'Canadian Harvest Corp. has signed a distribution agreement with Velmont Foods.',
      'en',
      'agreement',
      'Canadian Harvest Corp | Velmont Foods',
    ],
    [
      'Shares in Irish Seaboard Properties REIT fell 3.1% on Monday.',
      'en',
      'share_move',
      'Irish Seaboard Properties REIT',
    ],
    ['Tarrant American lost 2.1% as copper slid.', 'en', 'share_move', 'Tarrant American'],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(text, () => {
      expect(partiesOf(claimsOf(text, lang, PUB), kind)).toContain(parties);
    });

  it('a demonym before a role noun describes the company after it (counter-example)', () => {
    const claims = claimsOf(
      'Canadian retailer Hartwell has signed a distribution agreement with Velmont Foods.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Hartwell | Velmont Foods']);
  });

  it('a demonym before a name closed by a trade word is an adjective (counter-example)', () => {
    const claims = claimsOf('Kelby and Dutch Halvard Energy signed a supply agreement on Monday.', 'en', PUB);
    expect(partiesOf(claims, 'agreement')).toEqual(['Halvard Energy | Kelby']);
  });
});

describe('a town after a role noun’s "de", a region after "dans le", is no company', () => {
  const none: [string, 'fr' | 'en', string][] = [
    [
      'Lundi, Ardoval Composites a ouvert le bal : l’équipementier de Saintes a bondi de 12,5 %, porté par un article de presse.',
      'fr',
      'Saintes',
    ],
    ['La petite maison de Cognac a signé un accord de distribution avec Sorelys.', 'fr', 'Cognac'],
    ['La start-up de Grasse, spécialiste des arômes naturels, entre au capital de Sorelys.', 'fr', 'Grasse'],
    ['Le groupe Kerval a multiplié les rachats d’ateliers dans le Limousin.', 'fr', 'Limousin'],
  ];
  for (const [text, lang, place] of none)
    it(text, () => {
      expect(allParties(claimsOf(text, lang, PUB))).not.toContain(place);
    });

  it('the court names the town; the buyer and the company taken over are the parties', () => {
    const claims = claimsOf(
      'Le tribunal de commerce de Niort a retenu jeudi l’offre de reprise du groupe lorrain Veltrane pour la Fonderie du Bocage.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'acquisition')).toEqual(['Fonderie du Bocage | Veltrane']);
  });

  it('a company after a role noun, named with its own words, stays a party (counter-example)', () => {
    const claims = claimsOf(
      'Le groupe de services Ardelis a signé un accord de distribution avec Sorelys.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual(['Ardelis | Sorelys']);
  });
});

describe('after "a stake of about 20% in", the company, not a place', () => {
  const cases: Case[] = [
    [
      'Brannock Capital is in talks to buy a stake of around 30% in FC Velholm, a Danish first-division club.',
      'en',
      'acquisition',
      'Brannock Capital | FC Velholm',
    ],
    [
      'Brannock Capital discute d’une prise de participation d’environ 30 % dans Velholm Sport, selon deux sources.',
      'fr',
      'acquisition',
      'Brannock Capital | Velholm Sport',
    ],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(text, () => {
      expect(partiesOf(claimsOf(text, lang, PUB), kind)).toContain(parties);
    });

  it('a share move "in Oslo" keeps the town a place (counter-example)', () => {
    const claims = claimsOf('Kelby shares rose 4% in Oslo on Monday.', 'en', PUB);
    expect(partiesOf(claims, 'share_move')).toEqual(['Kelby']);
    expect(allParties(claims)).not.toContain('Oslo');
  });
});
