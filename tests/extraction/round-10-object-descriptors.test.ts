import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * A role noun or descriptor as what a bid or stake is for (round 10): "an offer for the Cornish tin producer",
 * "approached the Cambridge-based designer of radio chips", « une OPA sur l'opérateur de fibre rennais ». It
 * stands for the company its clause's subject (the bidder) is not: the company the sentence named before that
 * clause (a stock that moved on the report), else the headline's other company; never an older company of the
 * story, never the bidder itself even when the article gave the bidder the same role. Invented sentences.
 */
const PUB = '2029-04-17T08:00:00Z';

const acquisitions = (claims: Claim[]) =>
  claims.filter((c) => c.kind === 'acquisition').map((c) => c.parties.join(' | '));

describe('a descriptor as a bid’s object after a stock that moved', () => {
  it('en: is the mover, not a company of an earlier paragraph with the same trade', () => {
    const text = [
      'Pellwick Instruments jumped 8.1% after the Bristol-based maker of flow meters said it had won a large order.',
      'Tarnbrook Minerals rose 5.2% after the Financial Times reported that Swedish miner Kallvik was weighing an offer for the Welsh slate producer, which employs 300 people.',
    ].join('\n\n');
    expect(acquisitions(claimsOf(text, 'en', PUB))).toEqual(['Kallvik | Tarnbrook Minerals']);
  });

  it('en: a qualified role followed by "of" in an approach slot', () => {
    const text = [
      'Hollins Audio gained 3% after it said it had signed a supply deal with a German carmaker.',
      'Shares in Quenby Photonics soared on Monday after a newspaper reported that Dravik Systems had approached the Oxford-based developer of laser sensors about a takeover.',
    ].join('\n\n');
    // The bidder first: "approached <a long hyphenated descriptor> about a takeover" is an approach.
    expect(acquisitions(claimsOf(text, 'en', PUB))).toEqual(['Dravik Systems | Quenby Photonics']);
  });

  it('fr: le titre qui bondit est celui de l’objet de l’offre', () => {
    const text = [
      'Le titre Ravensol a bondi de 6 % après que le fabricant nantais de pompes a annoncé un contrat record.',
      'Le titre Brissac Énergie a grimpé de 9 % après que Les Echos ont révélé que le groupe Ostervald préparait une offre sur le fabricant alsacien de turbines.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(acquisitions(claims)).toEqual(['Ostervald | Brissac Énergie']);
  });
});

describe('a bid’s object is never its clause’s subject', () => {
  it('fr: « l’opérateur » qui dépose l’offre n’est pas « l’opérateur de fibre » visé', () => {
    const claims = claimsOf(
      "L'opérateur historique a annoncé jeudi le dépôt d'une offre publique d'achat sur l'opérateur de fibre nantais, au prix de 14 euros par action.",
      'fr',
      PUB,
      'Orange officialise le rachat de Kervézo Télécom',
    );
    expect(find(claims, 'acquisition', ['Orange', 'Kervézo Télécom'])).toHaveLength(1);
  });

  it('fr: « racheter l’éditeur lyonnais » après un titre qui nomme les deux sociétés', () => {
    const claims = claimsOf(
      "L'éditeur parisien a confirmé mercredi son intention de racheter l'éditeur lyonnais pour 80 millions d'euros.",
      'fr',
      PUB,
      'Axellio va racheter Brumière Logiciels',
    );
    expect(find(claims, 'acquisition', ['Axellio', 'Brumière Logiciels'])).toHaveLength(1);
    expect(acquisitions(claims)).toHaveLength(1);
  });
});

describe('counter-examples', () => {
  it('en: a bid for a descriptor when the sentence names only the bidder stays with the story', () => {
    const text = [
      'Tarnbrook Minerals said on Monday its tin output rose 12% in the first quarter.',
      'Kallvik is weighing an offer for the Cornish tin producer, two people familiar with the matter said.',
    ].join('\n\n');
    expect(acquisitions(claimsOf(text, 'en', PUB))).toEqual(['Kallvik | Tarnbrook Minerals']);
  });

  it('en: an approach about a partnership buys nothing, however long its object', () => {
    const text =
      'Shares in Quenby Photonics rose on Monday after a newspaper reported that Dravik Systems had approached the Oxford-based developer of laser sensors about a long-term supply partnership.';
    expect(acquisitions(claimsOf(text, 'en', PUB))).toEqual([]);
  });

  it('en: a role the article gave another company is never the mover', () => {
    const text = [
      'Penrhos Quarries, the Welsh slate producer, said on Monday its output rose 4% in the first quarter.',
      'Tarnbrook Minerals fell 2% after Kallvik said it was weighing an offer for the Welsh slate producer.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'acquisition', ['Kallvik', 'Tarnbrook Minerals'])).toEqual([]);
  });

  it('en: "the maker of" outside a bid slot still adds no party', () => {
    const text = [
      'Pellwick Instruments won a contract from Network Rail on Tuesday.',
      'The maker of the new signalling kit, a supplier nobody named, will deliver in June.',
    ].join('\n\n');
    expect(acquisitions(claimsOf(text, 'en', PUB))).toEqual([]);
  });

  it('fr: un sujet qui rachète une société nommée garde son objet', () => {
    const claims = claimsOf(
      'Le groupe Ostervald a déposé une offre sur Brissac Énergie, le fabricant alsacien de turbines, a-t-il annoncé lundi.',
      'fr',
      PUB,
    );
    expect(acquisitions(claims)).toEqual(['Ostervald | Brissac Énergie']);
  });
});
