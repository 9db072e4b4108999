import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Every claim as kind, sorted parties, status and the values a case checks. */
const read = (text: string, language: 'fr' | 'en', publishedAt = '2031-03-12') =>
  claimsOf(text, language, publishedAt).map((c: Claim) => ({
    kind: c.kind,
    parties: [...c.parties].sort(),
    status: c.status,
    ...(c.attribution !== undefined ? { attribution: c.attribution } : {}),
    ...(c.kind === 'acquisition' && c.percent !== undefined ? { percent: c.percent } : {}),
  }));

const kinds = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  read(text, language).filter((c) => c.kind === kind);

describe('an outlet named after its description is the source, never a party', () => {
  it('reads "according to <nationality> business daily X" and its kin in English', () => {
    expect(
      kinds(
        'Halvard Motors is also in talks with Ostrava Cells about a supply contract, according to Swedish business daily Dagens Industri.',
        'en',
        'agreement',
      ),
    ).toEqual([
      {
        kind: 'agreement',
        parties: ['Halvard Motors', 'Ostrava Cells'],
        status: 'rumour',
        attribution: 'Dagens Industri',
      },
    ]);
    expect(
      kinds(
        'Pellworth Capital is in talks to buy a minority stake in Danish heating company Egsted Varme, according to Danish newspaper Borsen.',
        'en',
        'acquisition',
      ),
    ).toEqual([
      {
        kind: 'acquisition',
        parties: ['Egsted Varme', 'Pellworth Capital'],
        status: 'rumour',
        attribution: 'Borsen',
      },
    ]);
    expect(
      kinds(
        'Corvane Logistics is said to be weighing a bid for Tamsin Freight, as reported by trade publication Lloyd Shipping Weekly.',
        'en',
        'acquisition',
      ).every((c) => !c.parties.includes('Lloyd Shipping Weekly')),
    ).toBe(true);
  });

  it('skips the French descriptors after the outlet noun', () => {
    expect(
      kinds(
        "Ostrelia discuterait avec l'américain Globus Medical d'un accord de distribution, selon l'agence spécialisée APM.",
        'fr',
        'agreement',
      ),
    ).toEqual([
      { kind: 'agreement', parties: ['Globus Medical', 'Ostrelia'], status: 'rumour', attribution: 'APM' },
    ]);
    expect(
      kinds(
        'Le fonds Varandel serait prêt à racheter Maison Térébel, selon le quotidien économique régional Le Nord Éco.',
        'fr',
        'acquisition',
      ),
    ).toEqual([
      {
        kind: 'acquisition',
        parties: ['Maison Térébel', 'Varandel'],
        status: 'rumour',
        attribution: 'Le Nord Éco',
      },
    ]);
  });

  it('leaves a company after "selon la direction de" a party', () => {
    const [deal] = kinds(
      'Selon la direction de Corbelle, le partenariat avec Nuvélia sera signé en mai.',
      'fr',
      'agreement',
    );
    expect(deal?.parties).toEqual(['Corbelle', 'Nuvélia']);
  });
});

describe('amounts, legal forms and term acronyms are not companies', () => {
  it('never takes an ISO currency code for a party', () => {
    const claims = read(
      'Labelled funds attracted net inflows of EUR 3.1bn in the third quarter, up 12% from the previous quarter. Deals involving Nordic companies reached SEK 40bn, up 31% on the year.',
      'en',
    );
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });

  it('does not read a fund\'s "limited partnership" or its "limited partners" as a partnership', () => {
    expect(
      read(
        'The stake will be held by Harrowgate Infrastructure Fund IV, a EUR 3.2bn Luxembourg special limited partnership that counts Dutch pension fund PGGM among its limited partners.',
        'en',
      ),
    ).toEqual([]);
    // A partnership between companies is still one.
    expect(
      kinds(
        'Harrowgate Capital has formed a partnership with Tennet to co-invest in grids.',
        'en',
        'agreement',
      ),
    ).toHaveLength(1);
  });

  it('drops an acronym the article defines for a lowercase term', () => {
    const claims = read(
      'Renault has signed a supply agreement with Swedish battery maker Norvik Cells for lithium iron phosphate (LFP) cells. Renault, which already buys LFP cells from Asian suppliers, said the contract was not exclusive.',
      'en',
    );
    expect(claims).toEqual([
      { kind: 'agreement', parties: ['Norvik Cells', 'Renault'], status: 'confirmed' },
    ]);
    const fr = read(
      'Orthévia a obtenu le marquage CE pour ses dispositifs médicaux implantables (DMI). Le groupe, qui achète déjà des DMI en Asie, vise les Etats-Unis.',
      'fr',
    );
    expect(fr.some((c) => c.parties.includes('DMI'))).toBe(false);
  });
});

describe('anonymous sources putting a figure on a deal do not hedge the deal', () => {
  it('keeps the signed deal confirmed in both languages', () => {
    expect(
      kinds(
        'Vauxmoor Rail has signed a ten-year maintenance contract with Keldane Trains, the company said on Tuesday, in a deal that people close to the companies valued at around EUR 800m.',
        'en',
        'agreement',
      ),
    ).toEqual([{ kind: 'agreement', parties: ['Keldane Trains', 'Vauxmoor Rail'], status: 'confirmed' }]);
    expect(
      kinds(
        'Cardelle a signé avec Verlane un contrat de fourniture que des sources proches du dossier évaluent à 300 millions d’euros.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ kind: 'agreement', parties: ['Cardelle', 'Verlane'], status: 'confirmed' }]);
  });

  it('still hedges a deal the sources themselves report', () => {
    expect(
      kinds(
        'Vauxmoor Rail is close to signing a contract with Keldane Trains, according to people close to the companies.',
        'en',
        'agreement',
      )[0]?.status,
    ).toBe('rumour');
  });
});

describe('a sale told from the seller: the unit apposed to its noun, the buyer a pronoun stands for', () => {
  it('reads the unit named between commas after "sa division"', () => {
    expect(
      kinds(
        'Le transporteur Maréval a cédé mercredi sa division frigorifique, Maréval Froid, à Eurazeo.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ kind: 'acquisition', parties: ['Eurazeo', 'Maréval Froid'], status: 'confirmed' }]);
    expect(
      kinds(
        'Le groupe Tanvic a signé un accord pour céder sa filiale de maintenance industrielle, Tanvic Services, au fonds Ardian.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ kind: 'acquisition', parties: ['Ardian', 'Tanvic Services'], status: 'confirmed' }]);
  });

  it('takes the partner of the talks as the buyer of "lui céder", "to sell it"', () => {
    expect(
      kinds(
        'La famille fondatrice de Maison Ferbel est entrée en négociations exclusives avec le fonds Orsane Partners pour lui céder 70 % du capital.',
        'fr',
        'acquisition',
      ),
    ).toEqual([
      {
        kind: 'acquisition',
        parties: ['Maison Ferbel', 'Orsane Partners'],
        status: 'confirmed',
        percent: 70,
      },
    ]);
    expect(
      kinds(
        'Engie négocierait avec Valbridge Partners pour lui vendre 49 % de Ventoria Énergies.',
        'fr',
        'acquisition',
      ),
    ).toEqual([
      {
        kind: 'acquisition',
        parties: ['Valbridge Partners', 'Ventoria Énergies'],
        status: 'rumour',
        percent: 49,
      },
    ]);
    expect(
      kinds(
        'Kestrel Foods is in talks with Dunmore Capital to sell it a 40% stake in Marlow Bakes.',
        'en',
        'acquisition',
      ),
    ).toEqual([
      {
        kind: 'acquisition',
        parties: ['Dunmore Capital', 'Marlow Bakes'],
        status: 'rumour',
        percent: 40,
      },
    ]);
  });

  it('reads an offer received "de X" before the offer as X bidding', () => {
    expect(
      kinds(
        'Le fabricant Selvane a reçu du fonds Ardian une offre ferme de 300 millions d’euros.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ kind: 'acquisition', parties: ['Ardian', 'Selvane'], status: 'confirmed' }]);
    // An order received from customers is no offer for the company.
    expect(kinds('Selvane a reçu de ses clients une commande record.', 'fr', 'acquisition')).toEqual([]);
  });
});

describe('exclusive negotiations entered, told in the indicative, are a formal step', () => {
  it('confirms them when asserted, keeps the conditional a rumour', () => {
    expect(
      kinds(
        'Scalby Partners entered exclusive negotiations to buy 70% of home-goods retailer Maison Ferbel.',
        'en',
        'acquisition',
      )[0]?.status,
    ).toBe('confirmed');
    expect(
      kinds(
        'Ardian est entré en négociations exclusives pour acquérir 30 % du capital de Velmor.',
        'fr',
        'acquisition',
      )[0]?.status,
    ).toBe('confirmed');
    expect(
      kinds(
        'Ardian serait entré en négociations exclusives pour acquérir 30 % du capital de Velmor.',
        'fr',
        'acquisition',
      )[0]?.status,
    ).toBe('rumour');
    expect(
      kinds(
        'Scalby Partners is said to have entered exclusive negotiations to buy 70% of Maison Ferbel.',
        'en',
        'acquisition',
      )[0]?.status,
    ).toBe('rumour');
  });
});

describe("a short name shared by a company and its unit or fund is the company's", () => {
  it('resolves the head to the owner, not to the fund it named with "its"', () => {
    const claims = read(
      'Kelvard Infrastructure Partners said on Thursday that its Kelvard Climate Transition Fund had been awarded the LuxFLAG Climate Finance label. Kelvard is also in talks to buy a stake in Danish utility Egsted Varme. Kelvard declined to comment.',
      'en',
    );
    expect(claims.filter((c) => c.kind === 'acquisition').map((c) => c.parties)).toEqual([
      ['Egsted Varme', 'Kelvard Infrastructure Partners'],
    ]);
    expect(claims.filter((c) => c.kind === 'statement').map((c) => c.parties)).toEqual([
      ['Kelvard Infrastructure Partners'],
    ]);
  });

  it('resolves the head to the parent, not to the division it sold', () => {
    const claims = read(
      'Hartley Square Partners has agreed to buy Pavane Fleet, the fleet software division of French group Pavane Software, for EUR 310m. Pavane shares rose 5.6% on Monday in Paris.',
      'en',
    );
    expect(claims.filter((c) => c.kind === 'share_move').map((c) => c.parties)).toEqual([
      ['Pavane Software'],
    ]);
  });
});

describe('a denied deal told without its subject is the article company’s', () => {
  it('adds the topic to the one side named after "avec"/"with"', () => {
    const text =
      'Gravenne Aéro a obtenu la certification EN 9100. Contrairement à ce qu’ont affirmé des élus, aucun accord n’a été signé avec Daher.';
    expect(kinds(text, 'fr', 'agreement')).toEqual([
      { kind: 'agreement', parties: ['Daher', 'Gravenne Aéro'], status: 'denied' },
    ]);
    const quoted =
      'Gravenne Aéro a obtenu la certification EN 9100. « Nous discutons avec beaucoup de monde, mais il n’y a rien de signé avec Daher », précise son président.';
    expect(kinds(quoted, 'fr', 'agreement')).toEqual([
      { kind: 'agreement', parties: ['Daher', 'Gravenne Aéro'], status: 'denied' },
    ]);
    expect(
      kinds(
        'Tarvel Systems won a defence contract last year. No agreement has been signed with Thales, Tarvel Systems said.',
        'en',
        'agreement',
      ),
    ).toEqual([{ kind: 'agreement', parties: ['Tarvel Systems', 'Thales'], status: 'denied' }]);
  });

  it('does not invent a side for an agreement that is signed', () => {
    expect(
      kinds(
        'Gravenne Aéro a obtenu la certification EN 9100. Un accord a été signé avec Daher pour la fourniture de pièces.',
        'fr',
        'agreement',
      ).filter((c) => c.status === 'denied'),
    ).toEqual([]);
  });
});
