import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Acquisition classes that recur across several tuned corpora (session 6, second acquisition round:
 * denials not read as denied takeovers, offers and approaches told as nouns), written afresh with
 * invented companies.
 */
const PUB = '2029-05-09';

const acquisitions = (claims: Claim[]) => claims.filter((c) => c.kind === 'acquisition');

type Case = [text: string, lang: 'fr' | 'en', buyer: string, target: string, status: Claim['status']];

function expectDeal([text, lang, buyer, target, status]: Case): void {
  const found = find(claimsOf(text, lang, PUB), 'acquisition', [buyer, target]);
  expect(found).toHaveLength(1);
  expect(found[0]?.parties[0]).toBe(buyer);
  expect(found[0]?.status).toBe(status);
}

describe('a purchase verb whose object is a pronoun: the company the report is about is the target', () => {
  const cases: Case[] = [
    [
      'Harcombe Foods, the Leeds biscuit maker, denied reports that Pellworth Group was interested in buying it.',
      'en',
      'Pellworth Group',
      'Harcombe Foods',
      'denied',
    ],
    [
      'Tenby Robotics rose 8% on reports that Ardent Capital had approached it about a takeover.',
      'en',
      'Ardent Capital',
      'Tenby Robotics',
      'rumour',
    ],
    [
      'Lorvane Santé a démenti jeudi les informations selon lesquelles Sanofi envisageait de la racheter.',
      'fr',
      'Sanofi',
      'Lorvane Santé',
      'denied',
    ],
    [
      'Le groupe Castelbrune a confirmé que Dalmore Industries l’avait approché en vue d’un rachat.',
      'fr',
      'Dalmore Industries',
      'Castelbrune',
      'confirmed',
    ],
  ];
  for (const c of cases) it(`${c[2]} / ${c[3]} (${c[1]})`, () => expectDeal(c));

  const none: [string, 'fr' | 'en'][] = [
    // "them" are the start-ups, and the two insurers are listed together: neither buys the other.
    ['Allianz and AXA have both backed start-ups in the field rather than buying them outright.', 'en'],
    // "it" is the drone the company showed, not the company.
    [
      'Kestrel Drones showed its new inspection drone in Paris on Monday, and Marlowe Rail was interested in buying it.',
      'en',
    ],
  ];
  for (const [text, lang] of none)
    it(`nothing bought: ${text.slice(0, 50)}…`, () => {
      expect(acquisitions(claimsOf(text, lang, PUB))).toEqual([]);
    });
});

describe('a bid told as the cause of a share move: the company whose shares moved is the target', () => {
  const cases: Case[] = [
    [
      'Shares in Brantley Foods jumped 31% on Tuesday after Ardmore Holdings offered 240 pence a share in cash.',
      'en',
      'Ardmore Holdings',
      'Brantley Foods',
      'confirmed',
    ],
    [
      'Velmore Cables stock surged 22% on reports of a bid from Quenby Group.',
      'en',
      'Quenby Group',
      'Velmore Cables',
      'rumour',
    ],
    [
      'Le titre Ormeval a bondi de 17 % lundi, sur des rumeurs d’offre de Schneider Electric.',
      'fr',
      'Schneider Electric',
      'Ormeval',
      'rumour',
    ],
    [
      'L’action Cadrelis s’est envolée de 12 % après que Legrand a proposé 38 euros par action.',
      'fr',
      'Legrand',
      'Cadrelis',
      'confirmed',
    ],
  ];
  for (const c of cases) it(`${c[2]} / ${c[3]} (${c[1]})`, () => expectDeal(c));

  const none: [string, 'fr' | 'en'][] = [
    [
      'Shares in Brantley Foods rose 3% after the company proposed 12 pence a share as a final dividend.',
      'en',
    ],
    ['L’action Ormeval a bondi de 7 % lundi, sur des rumeurs de résultats meilleurs que prévu.', 'fr'],
  ];
  for (const [text, lang] of none)
    it(`no bid: ${text.slice(0, 50)}…`, () => {
      expect(acquisitions(claimsOf(text, lang, PUB))).toEqual([]);
    });
});

describe('offers told as nouns: the company the offer values, or is on, is the target', () => {
  const cases: Case[] = [
    [
      'L’offre de Leonardo valorise Drevanne Systèmes 52 euros par action, soit une prime de 30 % sur le dernier cours.',
      'fr',
      'Leonardo',
      'Drevanne Systèmes',
      'confirmed',
    ],
    [
      'Mazenac a gagné 4 % mardi. Selon Les Echos, Legrand préparerait une offre qui valoriserait Mazenac autour de 900 millions d’euros.',
      'fr',
      'Legrand',
      'Mazenac',
      'rumour',
    ],
    [
      'Brunnfeld Baustoffe shares rose 4% on Tuesday. Holcim is weighing an offer that could value Brunnfeld Baustoffe at about 2 billion francs, according to Bloomberg.',
      'en',
      'Holcim',
      'Brunnfeld Baustoffe',
      'rumour',
    ],
    [
      'Le fonds Ardian a annoncé mardi une offre publique de retrait sur Tessandier Industries, à 31 euros par action.',
      'fr',
      'Ardian',
      'Tessandier Industries',
      'confirmed',
    ],
    [
      'Le fonds Eurazeo a déposé jeudi une offre de retrait de la cote sur Valmorel Composites.',
      'fr',
      'Eurazeo',
      'Valmorel Composites',
      'confirmed',
    ],
  ];
  for (const c of cases) it(`${c[2]} / ${c[3]} (${c[1]})`, () => expectDeal(c));

  it('a deal valuing a company it was not made for gives no second target', () => {
    const claims = claimsOf(
      'Rexford Partners agreed to buy Callander Mills in a deal valuing the textile group at £400m.',
      'en',
      PUB,
    );
    expect(acquisitions(claims).map((c) => c.parties)).toEqual([['Rexford Partners', 'Callander Mills']]);
  });
});

describe('an unnamed source or outlet reports: the company named after its verb does not speak', () => {
  const cases: Case[] = [
    [
      'People familiar with the matter said Harlow Brands had agreed to buy Quillon Foods.',
      'en',
      'Harlow Brands',
      'Quillon Foods',
      'rumour',
    ],
    [
      'One of them said Danvers Group was weighing an offer for Ketterick Mills.',
      'en',
      'Danvers Group',
      'Ketterick Mills',
      'rumour',
    ],
    [
      'Lundi, une lettre spécialisée avait affirmé que Norvelle s’apprêtait à prendre 60 % du capital de Brizac Marine.',
      'fr',
      'Norvelle',
      'Brizac Marine',
      'rumour',
    ],
    [
      'On Monday a trade newsletter had reported that Saltmarsh Energy had agreed to buy Penhallow Wind.',
      'en',
      'Saltmarsh Energy',
      'Penhallow Wind',
      'rumour',
    ],
  ];
  for (const c of cases) it(`${c[2]} / ${c[3]} (${c[1]})`, () => expectDeal(c));

  it('a company saying it itself still confirms', () => {
    expectDeal([
      'Ventamer Systèmes sera racheté par Norvelle, a annoncé Norvelle lundi.',
      'fr',
      'Norvelle',
      'Ventamer Systèmes',
      'confirmed',
    ]);
  });
});

describe('denials told in other words: the takeover is denied, and the denial wins over the report', () => {
  const cases: Case[] = [
    [
      '« Nous ne sommes pas à vendre, et il n’a jamais été question d’une cession à Brellac Capital ni à quiconque », a assuré la présidente de Sorvane.',
      'fr',
      'Brellac Capital',
      'Sorvane',
      'denied',
    ],
    [
      'La Banque Aldria a publié mercredi ses résultats, tout en fermant la porte aux spéculations sur un rachat par Julius Baer.',
      'fr',
      'Julius Baer',
      'Banque Aldria',
      'denied',
    ],
    [
      'Under the takeover code, the statement means Ravensworth cannot make an offer for Tolland Outdoor for six months.',
      'en',
      'Ravensworth',
      'Tolland Outdoor',
      'denied',
    ],
  ];
  for (const c of cases) it(`${c[2]} / ${c[3]} (${c[1]})`, () => expectDeal(c));

  it('a denial by the bidder is not overturned by the outlet report told after it', () => {
    const text =
      'Le groupe suédois Halvek a démenti mercredi être en discussions pour racheter Quimperlé Drones. ' +
      'Lundi, une lettre spécialisée avait affirmé que Halvek s’apprêtait à prendre 70 % du capital de Quimperlé Drones.';
    const found = find(claimsOf(text, 'fr', PUB), 'acquisition', ['Halvek', 'Quimperlé Drones']);
    expect(found).toHaveLength(1);
    expect(found[0]?.status).toBe('denied');
  });

  it('a sale to one named buyer "or to anyone" needs the buyer named', () => {
    const claims = claimsOf(
      '« Il n’a jamais été question de céder Sorvane à qui que ce soit », a martelé sa présidente.',
      'fr',
      PUB,
    );
    expect(acquisitions(claims)).toEqual([]);
  });
});
