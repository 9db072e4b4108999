import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a tuning round on an unseen corpus showed, written afresh with invented companies. */
const PUB = '2026-11-10'; // a Tuesday

describe("a company's own plan with a modal, told by the company or its management, is confirmed", () => {
  const confirmed: [string, 'fr' | 'en', string, string][] = [
    [
      'Brasvel devrait lancer une nouvelle gamme de boissons végétales en avril 2027, a indiqué la direction.',
      'fr',
      'Brasvel',
      '2027-04',
    ],
    [
      'Montrevel Industries devrait commercialiser sa pompe à chaleur en juin 2027, précise l’entreprise.',
      'fr',
      'Montrevel Industries',
      '2027-06',
    ],
    [
      'Le fabricant Quintal Robotique devrait ouvrir son service de maintenance en 2028, a fait savoir le groupe mardi.',
      'fr',
      'Quintal Robotique',
      '2028',
    ],
    [
      'Ostrander Mobility would begin selling its e-bikes in Germany in May 2027, said its chief executive, Lena Marsh.',
      'en',
      'Ostrander Mobility',
      '2027-05',
    ],
    [
      'Halbrook Foods should launch its plant-based cheese range in March 2027, the company said.',
      'en',
      'Halbrook Foods',
      '2027-03',
    ],
  ];
  for (const [text, lang, party, date] of confirmed)
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      expect(find(claimsOf(text, lang, PUB), 'launch', [party])).toEqual([
        expect.objectContaining({ status: 'confirmed', eventDate: date }),
      ]);
    });

  it('anonymous sources and named outlets still hedge', () => {
    const hedged: [string, 'fr' | 'en', string][] = [
      [
        'Brasvel devrait lancer une gamme de boissons en avril 2027, selon des sources proches du dossier.',
        'fr',
        'Brasvel',
      ],
      ['Brasvel devrait lancer une gamme de boissons en avril 2027, selon Les Echos.', 'fr', 'Brasvel'],
      [
        'Halbrook Foods should launch its cheese range in March 2027, according to Bloomberg.',
        'en',
        'Halbrook Foods',
      ],
      [
        'Pellham Robotics could start offering its warehouse robots in 2027, people familiar with the matter said.',
        'en',
        'Pellham Robotics',
      ],
    ];
    for (const [text, lang, party] of hedged)
      expect(find(claimsOf(text, lang, PUB), 'launch', [party])).toEqual([
        expect.objectContaining({ status: 'rumour' }),
      ]);
  });

  it('a lower bound the company itself sets dates the launch it follows, confirmed', () => {
    const fr = claimsOf(
      'Ocelyne Bio prépare son essai. Les résultats sont attendus en 2028, avant une éventuelle mise sur le marché, que la société n’envisage pas avant 2030.',
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'launch')).toEqual([
      expect.objectContaining({ status: 'confirmed', eventDate: '2030', bound: 'not_before' }),
    ]);
    const en = claimsOf(
      'Dunmore Therapeutics is running a phase 2 trial; a market launch, which the company does not expect before 2030, depends on the results.',
      'en',
      PUB,
    );
    expect(find(en, 'launch', ['Dunmore Therapeutics'])).toEqual([
      expect.objectContaining({ status: 'confirmed', eventDate: '2030', bound: 'not_before' }),
    ]);
  });
});

describe('company names closed by a sector noun', () => {
  it('the fullest name is kept when later sentences shorten it', () => {
    const en = claimsOf(
      'Vergane Épiceries, the Lyon-based organic grocery chain, said on Monday that Carrefour had agreed to buy 10% of its capital. Vergane will start selling its range online in February 2027, the company said.',
      'en',
      PUB,
    );
    expect(find(en, 'acquisition', ['Carrefour', 'Vergane Épiceries'])).toHaveLength(1);
    expect(find(en, 'launch', ['Vergane Épiceries'])).toEqual([
      expect.objectContaining({ eventDate: '2027-02' }),
    ]);
    const fr = claimsOf(
      'Ciments Varlan a annoncé le rachat de la carrière de Bréhat. Varlan lancera une gamme de béton bas carbone en juin 2027.',
      'fr',
      PUB,
    );
    expect(find(fr, 'launch', ['Ciments Varlan'])).toHaveLength(1);
    const hotels = claimsOf(
      'Dalmore Hôtels, the Alpine hotel group, has agreed to sell a 20% stake to Accor. Dalmore will open its booking platform to Accor members from March 2027.',
      'en',
      PUB,
    );
    expect(find(hotels, 'launch', ['Dalmore Hôtels'])).toHaveLength(1);
  });

  it('a person in apposition after such a name is no company', () => {
    const fr = claimsOf('Le PDG de Tanvic Composites, Marc Ledu, n’a ni confirmé ni démenti.', 'fr', PUB);
    expect(fr.filter((c) => c.kind === 'statement').map((c) => c.parties)).toEqual([['Tanvic Composites']]);
  });
});

describe('a role descriptor stands for the company whose own name fits the role', () => {
  it('French: le courtier, la biotech', () => {
    const a = claimsOf(
      'Covéa a renoncé à racheter Pivert Assurances, annoncé en juillet. Le groupe mutualiste invoque des conditions qui ne sont plus réunies. Le courtier, qui emploie 80 personnes à Cholet, n’a pas tardé : il a signé lundi un partenariat avec la Mutuelle du Bocage.',
      'fr',
      PUB,
    );
    expect(find(a, 'agreement', ['Pivert Assurances', 'Mutuelle du Bocage'])).toHaveLength(1);
    expect(a.some((c) => c.kind === 'agreement' && c.parties.includes('Covéa'))).toBe(false);
    const b = claimsOf(
      'Sanofi a abandonné son projet de rachat de Lorvane Thérapeutiques. Le groupe pharmaceutique invoque le prix. La biotech, qui compte 40 salariés à Nantes, a signé mardi un accord de licence avec Ipsen.',
      'fr',
      PUB,
    );
    expect(find(b, 'agreement', ['Lorvane Thérapeutiques', 'Ipsen'])).toHaveLength(1);
  });

  it('English: a bare specific role as subject; an object role is left alone', () => {
    const en = claimsOf(
      'AXA has dropped its plan to buy Pembrook Insurance, a Bristol broker. The broker, which employs 90 people, signed on Monday a distribution deal with Hiscox.',
      'en',
      PUB,
    );
    expect(find(en, 'acquisition', ['AXA', 'Pembrook Insurance'])).toEqual([
      expect.objectContaining({ status: 'denied' }),
    ]);
    expect(find(en, 'agreement', ['Pembrook Insurance', 'Hiscox'])).toHaveLength(1);
    const object = claimsOf(
      'Hiscox is selling Pembrook Insurance. Thornfield Capital, which acquired the insurer in 2019, declined to comment.',
      'en',
      PUB,
    );
    expect(object.filter((c) => c.kind === 'statement').map((c) => c.parties)).toEqual([
      ['Thornfield Capital'],
    ]);
  });
});

describe('intraday share moves are of the publication day', () => {
  const cases: [string, 'fr' | 'en', string, number][] = [
    ["Vers 11h00, l'action Sopra Steria prenait 4,3 % à la Bourse de Paris.", 'fr', 'Sopra Steria', 4.3],
    ["L'action Renault cédait 1,2 % en début d'après-midi.", 'fr', 'Renault', 1.2],
    [
      'Capgemini, qui avait racheté Altran il y a quelques années, prenait 0,8 % à Paris vers 16h00.',
      'fr',
      'Capgemini',
      0.8,
    ],
    ['Shares in Tesco were up 2% in early trading in London.', 'en', 'Tesco', 2],
  ];
  for (const [text, lang, party, percent] of cases)
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      expect(find(claimsOf(text, lang, PUB), 'share_move', [party])).toEqual([
        expect.objectContaining({ percent, eventDate: PUB }),
      ]);
    });

  it('a named day still wins over the time of day', () => {
    const fr = claimsOf("Lundi vers 11h00, l'action Renault cédait 1,2 %.", 'fr', PUB);
    expect(find(fr, 'share_move', ['Renault'])).toEqual([
      expect.objectContaining({ eventDate: '2026-11-09' }),
    ]);
  });
});

describe('a financial target is not a launch', () => {
  it('French and English guidance', () => {
    const fr = claimsOf(
      "Safran a par ailleurs confirmé vendredi son objectif d'une marge opérationnelle d'environ 16 % cette année.",
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'launch')).toEqual([]);
    const en = claimsOf(
      'Rolls-Royce also confirmed on Friday its target of an operating margin of about 15% in 2027.',
      'en',
      PUB,
    );
    expect(en.filter((c) => c.kind === 'launch' || c.kind === 'statement')).toEqual([]);
  });

  it('an offer that becomes operational is still one', () => {
    const fr = claimsOf(
      'La plateforme de Telvane sera opérationnelle en mars 2027, a annoncé le groupe.',
      'fr',
      PUB,
    );
    expect(find(fr, 'launch', ['Telvane'])).toHaveLength(1);
  });
});
