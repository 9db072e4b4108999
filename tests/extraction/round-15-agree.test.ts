import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Agreement sides a fifteenth round found misread, written afresh with invented companies. */
const PUB = '2027-04-20'; // a Tuesday

const agreements = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement');

describe('the offer a distribution deal sells is no side of it', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Corvell Medical, a Leeds maker of surgical dressings, said on Monday that it had obtained FDA clearance. Corvell signed a five-year agreement under which Baxter will distribute Dermaline to clinics in Canada.',
      'en',
      ['Corvell Medical', 'Baxter'],
    ],
    [
      'Ostrel Software said on Tuesday it had won a certification. The company also signed a reseller agreement with Oracle under which Ventrix will be sold through Oracle Cloud Marketplace.',
      'en',
      ['Ostrel Software', 'Oracle'],
    ],
    [
      "Brévane Santé a obtenu lundi le marquage CE. Brévane Santé a signé un accord de distribution avec Sanofi, qui commercialisera Dermalis dans les pharmacies d'Europe du Nord.",
      'fr',
      ['Brévane Santé', 'Sanofi'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(parties.join(' / '), () => {
      const deals = agreements(text, lang);
      expect(find(deals, 'agreement', parties)).toHaveLength(1);
      expect(deals).toHaveLength(1);
    });

  it('counter-examples: the owner of what is sold stays a side', () => {
    for (const text of [
      "Separately, Bravine said it had signed a two-year distribution agreement with Thales, under which the French group will resell Bravine' managed service to hospitals.",
      "Thales signed a distribution agreement under which it will resell Bravine's managed service to hospitals.",
    ])
      expect(find(agreements(text, 'en'), 'agreement', ['Bravine', 'Thales']), text).toHaveLength(1);
  });
});

describe('the investors a company raised money from are no side of a deal', () => {
  const cases: [string, 'fr' | 'en'][] = [
    [
      "Fondée en 2023 par deux anciens ingénieurs de Thales, Corvane Robotics a levé 210 millions d'euros en juin auprès d'un consortium mené par Brisval Partners.",
      'fr',
    ],
    [
      'Founded in 2022, Quentix Labs raised 300 million euros in March from a consortium led by Harwick Capital.',
      'en',
    ],
  ];
  for (const [text, lang] of cases) it(text.slice(0, 40), () => expect(agreements(text, lang)).toEqual([]));

  it('counter-example: a consortium formed with a partner is still a deal', () => {
    const text =
      'Corvane Robotics a formé un consortium avec Brisval Partners pour répondre aux besoins des armées.';
    expect(find(agreements(text, 'fr'), 'agreement', ['Corvane Robotics', 'Brisval Partners'])).toHaveLength(
      1,
    );
  });
});

describe('a company that agreed to distribute the models of another makes a deal with it', () => {
  it('a day between "agreed" and its infinitive', () => {
    const text =
      'Microsoft agreed on Tuesday to distribute the models of Ostrava AI through its cloud service.';
    expect(find(agreements(text, 'en'), 'agreement', ['Microsoft', 'Ostrava AI'])).toHaveLength(1);
  });

  it('counter-example: what a venture is set up to distribute is not one of its founders', () => {
    const text =
      'Orange et Capgemini ont créé Nuvalia, une coentreprise chargée de distribuer les services de Microsoft en France.';
    const deals = agreements(text, 'fr');
    expect(deals.some((c) => c.parties.includes('Microsoft'))).toBe(false);
  });
});

describe('the owner of a range sold by a partner stays a side', () => {
  it('« la gamme de X sera vendue par Y »', () => {
    const text = 'Les vélos de Corlane Cycles seront vendus par Darty dès septembre.';
    expect(find(agreements(text, 'fr'), 'agreement', ['Corlane Cycles', 'Darty'])).toHaveLength(1);
  });
});
