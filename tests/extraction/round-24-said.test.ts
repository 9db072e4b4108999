import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Statements and speakers, session 24: a subordinating conjunction opening a sentence ("Once Dravelle confirmed
 * …", "Although Harnock declined …", « Lorsque Harnock a confirmé … », « Puisque Harnock n'a pas souhaité … ») is
 * capitalised by its place only, never a word of the name after it; a brand's first shops opened on a set day
 * ("will open its first standalone shop … on 18 May", « ouvrira sa première boutique … le 15 mai ») are a launch,
 * a count of stores for a year or a network's sixtieth store is not.
 */
const TUE = '2028-03-21'; // a Tuesday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort().join('+'));

describe('a conjunction opening the sentence is no word of a name', () => {
  it('reads the speaker and mover after "Once", "Although", "Because"', () => {
    const once = claimsOf(
      'Harnock Logistics is in talks to buy Dravelle Foods, people familiar with the matter said. Once Dravelle confirmed the talks on Tuesday, its shares rose 4.2%.',
      'en',
      TUE,
    );
    expect(partiesOf(once, 'statement')).toEqual(['Dravelle Foods']);
    expect(partiesOf(once, 'share_move')).toEqual(['Dravelle Foods']);
    const although = claimsOf(
      'Although Harnock Logistics declined to comment, two people said talks with Dravelle Foods were advanced.',
      'en',
      TUE,
    );
    expect(partiesOf(although, 'statement')).toEqual(['Harnock Logistics']);
    const because = claimsOf(
      'Because Harnock Logistics shares rose 3.1% on Monday, analysts raised targets.',
      'en',
      TUE,
    );
    expect(partiesOf(because, 'share_move')).toEqual(['Harnock Logistics']);
  });

  it('reads the speaker after « Lorsque » and « Puisque »', () => {
    const lorsque = claimsOf(
      'Lorsque Harnock Logistique a confirmé les discussions avec Dravelle, le titre a bondi de 4,2 %.',
      'fr',
      TUE,
    );
    expect(partiesOf(lorsque, 'statement')).toEqual(['Harnock Logistique']);
    expect(partiesOf(lorsque, 'share_move')).toEqual(['Harnock Logistique']);
    const puisque = claimsOf(
      "Puisque Harnock Logistique n'a pas souhaité commenter, rien n'est acquis.",
      'fr',
      TUE,
    );
    expect(partiesOf(puisque, 'statement')).toEqual(['Harnock Logistique']);
  });

  it('counter-examples: the same sentences without the conjunction name the same companies', () => {
    expect(
      partiesOf(
        claimsOf('Harnock Logistics declined to comment on talks with Dravelle Foods.', 'en', TUE),
        'statement',
      ),
    ).toEqual(['Harnock Logistics']);
    expect(
      partiesOf(claimsOf("Harnock Logistique n'a pas souhaité commenter.", 'fr', TUE), 'statement'),
    ).toEqual(['Harnock Logistique']);
  });
});

const launches = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'launch' ? [{ parties: [...c.parties], date: c.eventDate }] : []));

describe("a brand's first shops opened on a set day are a launch", () => {
  it('reads "will open its first … shop … on 18 May" and "the first shop-in-shops on 6 April"', () => {
    expect(
      launches(
        claimsOf(
          'Harnock Home will open its first standalone shop, on King Street in Leeds, on 18 May, the company said.',
          'en',
          TUE,
        ),
      ),
    ).toEqual([{ parties: ['Harnock Home'], date: '2028-05-18' }]);
    expect(
      launches(claimsOf('Harnock Home will open the first shop-in-shops on 6 April.', 'en', TUE)),
    ).toEqual([{ parties: ['Harnock Home'], date: '2028-04-06' }]);
  });

  it('reads « ouvrira sa première boutique … le 15 mai » and « ouvrira les trois corners le 3 avril »', () => {
    expect(
      launches(
        claimsOf(
          'Montres Quelmar ouvrira sa première boutique en nom propre rue du Rhône le 15 mai, a indiqué la marque.',
          'fr',
          TUE,
        ),
      ),
    ).toEqual([{ parties: ['Montres Quelmar'], date: '2028-05-15' }]);
    expect(
      launches(claimsOf("L'enseigne Dravelle ouvrira les trois corners le 3 avril.", 'fr', TUE)),
    ).toEqual([{ parties: ['Dravelle'], date: '2028-04-03' }]);
  });

  it('counter-examples: a count of stores for a year, or a sixtieth store, launches nothing', () => {
    for (const [text, lang] of [
      ['Harnock Home will open 12 stores in 2029.', 'en'],
      ['Harnock Home will open its 60th store on 14 April in Leeds.', 'en'],
      ['Dravelle ouvrira son soixantième point de vente le 14 avril à Nantes.', 'fr'],
      ['Dravelle ouvrira 40 magasins en 2028.', 'fr'],
    ] as const)
      expect(launches(claimsOf(text, lang, TUE))).toEqual([]);
  });
});
