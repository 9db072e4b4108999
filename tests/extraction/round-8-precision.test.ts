import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Session 8 precision round: claims that stand for no event of the article. Each class recurs in corpora
 * by different writers; the sentences here are invented, with other companies and verbs, and each class
 * has counter-examples that must keep their claim.
 */
const PUB = '2027-10-13T08:00:00Z'; // a Wednesday

type Lang = 'fr' | 'en';
const keys = (text: string, lang: Lang, kinds: readonly string[]) =>
  claimsOf(text, lang, PUB)
    .filter((c) => kinds.includes(c.kind))
    .map((c) => `${c.kind}: ${[...c.parties].sort().join(' | ')}`)
    .sort();
const DEALS = ['agreement', 'acquisition'];

describe('a deal told only as the time of the news is background', () => {
  const recalled: [string, Lang][] = [
    [
      'Deux semaines après avoir vendu sa filiale Orvinet au fonds Castelmoor Partners, le groupe Pradelis veut accélérer dans le logiciel.',
      'fr',
    ],
    [
      'Après la prolongation de son contrat avec Ferravia au début de l’été, Lanterne Systèmes accumule les commandes.',
      'fr',
    ],
    [
      'Drevon Automation is raising fresh capital from Halvard Ventures, three months after the robotics group announced a distribution deal with Kelmarsh Tools.',
      'en',
    ],
    [
      'Le rachat intervient un an après l’échec de négociations entre Vallorbe Chimie et Sarthis, selon plusieurs sources.',
      'fr',
    ],
    ['The partnership comes a month after Quennell Data agreed to buy Orrin Labs for €40m.', 'en'],
  ];
  for (const [text, lang] of recalled) it(text, () => expect(keys(text, lang, DEALS)).toEqual([]));

  const news: [string, Lang, string[]][] = [
    [
      'Deux semaines après avoir démenti toute discussion, Pradelis a signé mardi un partenariat avec Castelmoor Data.',
      'fr',
      ['agreement: Castelmoor Data | Pradelis'],
    ],
    [
      'Kelmarsh Tools shares rose 5% on Tuesday after the company said it had signed a distribution deal with Drevon Automation.',
      'en',
      ['agreement: Drevon Automation | Kelmarsh Tools'],
    ],
    [
      'Trading in Orrin Labs was halted on Tuesday, a day after Quennell Data completed its takeover of Orrin Labs.',
      'en',
      ['acquisition: Orrin Labs | Quennell Data'],
    ],
    [
      'Après avoir signé un accord de distribution avec Fenwick en mars, Brelane Audio a annoncé mardi un partenariat avec Sonova.',
      'fr',
      ['agreement: Brelane Audio | Sonova'],
    ],
    [
      'After renewing its supply contract with Tarvik Steel in May, Holmgate Rail on Tuesday signed a maintenance deal with Alstom.',
      'en',
      ['agreement: Alstom | Holmgate Rail'],
    ],
    [
      'Quennell Data agreed on Monday to buy Orrin Labs, four months after the first reports of talks.',
      'en',
      ['acquisition: Orrin Labs | Quennell Data'],
    ],
  ];
  for (const [text, lang, expected] of news)
    it(text, () => expect(keys(text, lang, DEALS)).toEqual(expected));
});

describe('a denial recalled as the start of a span or before another event is no statement of the article', () => {
  const recalled: [string, Lang][] = [
    [
      'Halmont, whose shares have swung sharply since Brackwell denied any interest in a bid, gained 1.8% on Tuesday.',
      'en',
    ],
    [
      'Orvane s’est finalement présenté seul à l’appel d’offres, après que Kestrane eut démenti tout rapprochement avec lui.',
      'fr',
    ],
    ['Le titre Ravelin oscille fortement depuis que Norvale a démenti toute approche.', 'fr'],
  ];
  for (const [text, lang] of recalled) it(text, () => expect(keys(text, lang, ['statement'])).toEqual([]));

  const news: [string, Lang, string][] = [
    ['Brackwell denied on Tuesday any interest in a bid for Halmont.', 'en', 'deny'],
    ['Norvale a démenti mardi toute approche de Ravelin.', 'fr', 'deny'],
  ];
  for (const [text, lang, stance] of news)
    it(text, () => {
      const statements = claimsOf(text, lang, PUB).filter((c) => c.kind === 'statement');
      expect(statements.map((c) => (c.kind === 'statement' ? c.stance : ''))).toEqual([stance]);
    });
});

describe('a company approached that "did not follow up" declined a deal, it did not decline to comment', () => {
  const declined = [
    'Lactalis, un temps approché par la coopérative pour ce projet, n’a pas donné suite.',
    'Bonduelle, qui avait été courtisé par le fonds l’an dernier, n’a pas donné suite, précise-t-on chez Vernoux.',
    'Le chimiste Solvay, approché en premier, n’avait pas donné suite.',
  ];
  for (const text of declined) it(text, () => expect(keys(text, 'fr', ['statement', ...DEALS])).toEqual([]));

  const noComment = [
    'Contacté, Lactalis n’a pas donné suite à nos questions.',
    'La direction de Vernoux n’a pas donné suite.',
  ];
  for (const text of noComment)
    it(text, () => {
      const statements = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'statement');
      expect(statements.map((c) => (c.kind === 'statement' ? c.stance : ''))).toEqual(['no_comment']);
    });
});

describe('a percentage of another quantity is no share move', () => {
  const quantities: [string, Lang][] = [
    ['Reservations for Harwick Motors’ new Tern van rose 25% in the second quarter.', 'en'],
    ['Pre-orders for the Calder Audio headset climbed 40% after the launch.', 'en'],
    ['Les droits télévisés de la Ligue Magnus ont progressé de 18 % lors du dernier appel d’offres.', 'fr'],
    ['Chez Vulcania Loisirs, l’affluence a bondi de 9 % cet été, portée par les touristes étrangers.', 'fr'],
  ];
  for (const [text, lang] of quantities) it(text, () => expect(keys(text, lang, ['share_move'])).toEqual([]));

  const moves: [string, Lang, string[]][] = [
    ['Harwick Motors shares rose 4.2% on Tuesday.', 'en', ['share_move: Harwick Motors']],
    ['L’action Vulcania Loisirs a progressé de 3,1 % mardi.', 'fr', ['share_move: Vulcania Loisirs']],
  ];
  for (const [text, lang, expected] of moves)
    it(text, () => expect(keys(text, lang, ['share_move'])).toEqual(expected));
});
