import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Who a role noun stands for when it is a claim's subject or holder:
 * - a bare repeat ("la coopérative", "the cooperative") is the company the same noun last stood for, not
 *   whichever company the sentences between named last;
 * - a role noun opening the lead, before the body names any company, is the headline's company of that trade;
 * - a narrow trade the registry gives a company ("le motoriste": Safran) outweighs a more salient company
 *   whose trade nobody knows, unlike a broad one ("l'hébergeur") many small companies may be.
 */
const PUB = '2028-03-14';

interface Case {
  name: string;
  lang: 'fr' | 'en';
  title?: string;
  text: string;
  kind: Claim['kind'];
  parties: string[];
  status: Claim['status'];
  /** Companies no claim of that kind may name. */
  not: string[];
}

const cases: Case[] = [
  {
    name: 'fr: a bare "la coopérative" is the cooperative the first one stood for, not the partner named since',
    lang: 'fr',
    text:
      'Vergalis Fruits a approuvé vendredi un plan de modernisation à Cahors. La coopérative fruitière, qui ' +
      'réunit 400 producteurs, apporte ses chambres froides à une coentreprise détenue à parts égales avec ' +
      'Pomona. Pomona apportera 40 % des investissements. La coopérative a par ailleurs obtenu en juin la ' +
      'certification HVE.',
    kind: 'certification',
    parties: ['Vergalis Fruits'],
    status: 'confirmed',
    not: ['Pomona'],
  },
  {
    name: 'fr: "le brasseur" again after a sentence about the licensor',
    lang: 'fr',
    text:
      'Kerlann Brasserie a validé lundi la cession de sa marque. Le brasseur breton, qui emploie 80 personnes, ' +
      'produira désormais sous licence pour Carlsberg. Carlsberg a racheté l’an dernier la brasserie Aubeline. ' +
      'Le brasseur a obtenu en mai la certification ISO 22000.',
    kind: 'certification',
    parties: ['Kerlann Brasserie'],
    status: 'confirmed',
    not: ['Carlsberg', 'Aubeline'],
  },
  {
    name: 'en: "the cooperative" again after a sentence about the buyer',
    lang: 'en',
    text:
      'Tallowmere Dairies approved a supply deal on Monday. The Welsh cooperative, which groups 900 dairy ' +
      'farmers, will deliver milk to a joint venture with Unilever from April. Unilever will invest £40 million ' +
      'in the venture. The cooperative also obtained B Corp certification in March.',
    kind: 'certification',
    parties: ['Tallowmere Dairies'],
    status: 'confirmed',
    not: ['Unilever'],
  },
  {
    name: "fr: the lead's \"le motoriste\" is the headline's engine maker, not the headline's subject",
    lang: 'fr',
    title: 'Orvalis Aéro : Safran dément tout projet de rachat',
    text: 'Le motoriste a démenti mercredi être en négociation pour racheter le sous-traitant rochelais.',
    kind: 'statement',
    parties: ['Safran'],
    status: 'denied',
    not: ['Orvalis Aéro'],
  },
  {
    name: 'en: the lead\'s "the engine maker" is the headline\'s engine maker',
    lang: 'en',
    title: 'Corvane Aero: Rolls-Royce denies takeover talks',
    text: 'The engine maker on Wednesday denied that it was in talks to buy the Bristol supplier.',
    kind: 'statement',
    parties: ['Rolls-Royce'],
    status: 'denied',
    not: ['Corvane Aero'],
  },
  {
    name: 'fr: the lead\'s "l\'hébergeur" is the unlisted host of the headline, not the listed one',
    lang: 'fr',
    title: 'Cantalys et OVHcloud : un rapprochement est-il possible ?',
    text: 'L’hébergeur aurillacois a obtenu en mars la qualification SecNumCloud de l’Anssi.',
    kind: 'certification',
    parties: ['Cantalys'],
    status: 'confirmed',
    not: ['OVHcloud'],
  },
];

describe('round 9: who a role noun stands for', () => {
  for (const c of cases)
    it(c.name, () => {
      const claims = claimsOf(c.text, c.lang, PUB, c.title);
      expect(find(claims, c.kind, c.parties)[0]?.status).toBe(c.status);
      for (const other of c.not)
        expect(claims.filter((x) => x.kind === c.kind && x.parties.includes(other))).toEqual([]);
    });
});

describe('round 9: role nouns that must not take the remembered company', () => {
  it('fr: a company the article introduces with the role since is what the bare role stands for', () => {
    const claims = claimsOf(
      'Vergalis Fruits a approuvé vendredi un plan de modernisation à Cahors. La coopérative fruitière, qui ' +
        'réunit 400 producteurs, apporte ses chambres froides à une coentreprise détenue à parts égales avec ' +
        'Pomona. Agrial, une autre coopérative, apportera 40 % des investissements. La coopérative a par ' +
        'ailleurs obtenu en juin la certification HVE.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Agrial'])).toHaveLength(1);
    expect(find(claims, 'certification', ['Vergalis Fruits'])).toEqual([]);
  });

  it('fr: the role naming a company of its own sentence adds no third party', () => {
    const claims = claimsOf(
      'Vergalis Fruits a approuvé vendredi un plan de modernisation à Cahors. La coopérative fruitière, qui ' +
        'réunit 400 producteurs, apporte ses chambres froides à une coentreprise avec Pomona. Pomona apportera ' +
        '40 % des investissements. Pomona a signé avec la coopérative un contrat de dix ans.',
      'fr',
      PUB,
    );
    const deals = claims.filter((c) => c.kind === 'agreement');
    expect(deals.map((c) => [...c.parties].sort())).toEqual([['Pomona', 'Vergalis Fruits']]);
  });

  it('fr: a lead role no headline company fits stands for none of them', () => {
    const claims = claimsOf(
      'La jeune pousse a obtenu en mars la certification ISO 27001.',
      'fr',
      PUB,
      'Distribution : les Comptoirs Berruyers passent sous l’enseigne U',
    );
    expect(
      claims.filter((c) => c.kind === 'certification' && c.parties.includes('Comptoirs Berruyers')),
    ).toEqual([]);
  });
});
