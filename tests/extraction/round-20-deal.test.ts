import { describe, expect, it } from 'vitest';
import { claimsOf, expectHolds, find } from './claims-of.ts';

/** Agreements and certifications: approvals named by their acronym, licences from regulators. */
const PUB = '2027-04-20';

const ofKind = (text: string, lang: 'fr' | 'en', kind: string) =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === kind);
const labels = (text: string, lang: 'fr' | 'en') =>
  ofKind(text, lang, 'certification').map((c) =>
    c.kind === 'certification' ? `${c.parties[0]}:${c.label}:${c.issuer ?? ''}` : '',
  );

describe('« agrément » and a bare acronym: the approval keeps its noun', () => {
  it('« son agrément GFIA », « l’agrément IARD »: the acronym names a status, the label is the approval', () => {
    expectHolds(
      'Morvelle Gestion a reçu mardi son agrément GFIA.',
      'fr',
      PUB,
      'Morvelle Gestion',
      'agrément GFIA',
    );
    expectHolds(
      'Assurances Tilbane a obtenu l’agrément IARD pour couvrir les flottes de camions.',
      'fr',
      PUB,
      'Assurances Tilbane',
      'agrément IARD',
    );
  });

  it('counter-examples: a numbered rulebook part and a certification keep their own name', () => {
    expectHolds(
      'Aérotelle a obtenu en mai l’agrément Part 145 de l’EASA.',
      'fr',
      PUB,
      'Aérotelle',
      'Part 145',
    );
    expectHolds('Datavelle a obtenu la certification HDS en juin.', 'fr', PUB, 'Datavelle', 'HDS');
  });
});

describe('a licence granted by a regulator is a certification, not a deal with it', () => {
  it('« a obtenu de la Commission de surveillance du secteur financier (CSSF) sa licence … »', () => {
    const text =
      'Pavrelle Pay a obtenu de la Commission de surveillance du secteur financier (CSSF) sa licence d’établissement de paiement, a annoncé lundi la société.';
    expect(labels(text, 'fr')).toEqual(['Pavrelle Pay:licence d’établissement de paiement:CSSF']);
    expect(ofKind(text, 'fr', 'agreement')).toEqual([]);
  });

  it('« a obtenu de l’Autorité nationale des jeux sa licence … »: the regulator is no side', () => {
    const text = 'Parivo a obtenu de l’Autorité nationale des jeux sa licence d’opérateur de paris sportifs.';
    expect(labels(text, 'fr')).toEqual(['Parivo:licence d’opérateur de paris sportifs:ANJ']);
    expect(ofKind(text, 'fr', 'agreement')).toEqual([]);
  });

  it('counter-example: a licence a company grants is a licensing deal, no label', () => {
    const text = 'Pavrelle Films a obtenu de Warner la licence de distribution de ses séries en Belgique.';
    expect(ofKind(text, 'fr', 'certification')).toEqual([]);
    expect(find(claimsOf(text, 'fr', PUB), 'agreement', ['Pavrelle Films', 'Warner'])).toHaveLength(1);
  });
});

const agreements = (text: string, lang: 'fr' | 'en') =>
  ofKind(text, lang, 'agreement').map((c) => [...c.parties].sort());

describe('talks that are a sale’s are no agreement between seller and buyer', () => {
  it('« des négociations exclusives entre Groupe X et le fonds Y »: exclusive talks sell something', () => {
    expect(
      agreements(
        'L’annonce de négociations exclusives entre Groupe Sarlève et Ardemont Capital serait imminente, selon plusieurs sources.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('"have entered exclusive negotiations": the formal step of a sale, not a partnership', () => {
    expect(
      agreements(
        'Ardemont Capital and Sarlève Group have entered exclusive negotiations, according to two people familiar with the matter.',
        'en',
      ),
    ).toEqual([]);
  });

  it('« des discussions avec X en vue de racheter 85 % du club »: talks whose purpose is a purchase', () => {
    expect(
      agreements(
        'Selon nos informations, le fonds Ardemont Capital aurait engagé des discussions avancées avec Groupe Sarlève et Brévenne Invest en vue de racheter 85 % du club.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('counter-examples: talks for a deal of their own kind stay an agreement', () => {
    expect(
      agreements(
        'Selon nos informations, Ardemont Capital et Groupe Sarlève seraient en négociations exclusives pour un partenariat de distribution.',
        'fr',
      ),
    ).toEqual([['Ardemont Capital', 'Groupe Sarlève']]);
    expect(agreements('Pellastra is in talks with Corvane about a cloud partnership.', 'en')).toEqual([
      ['Corvane', 'Pellastra'],
    ]);
    // Talks to buy goods from a company are a supply deal, not a sale of the company.
    expect(
      agreements(
        'Stelvane Motors is in advanced talks to buy chips from Varnoux Semiconductors, according to people familiar with the matter.',
        'en',
      ),
    ).toEqual([['Stelvane Motors', 'Varnoux Semiconductors']]);
  });
});

describe('subjects each seeking a deal of their own with one side', () => {
  it('« A et B seraient en discussions avec C pour des accords comparables »: one deal per subject', () => {
    expect(
      agreements(
        'Selon nos informations, Disques Marnois et Vellum Records seraient en discussions avec Tabliva pour des accords comparables.',
        'fr',
      ),
    ).toEqual([
      ['Disques Marnois', 'Tabliva'],
      ['Tabliva', 'Vellum Records'],
    ]);
  });

  it('"A and B signed separate agreements with C"', () => {
    expect(
      agreements('Orlavia and Quensby Telecom signed separate agreements with Darrowgate on Monday.', 'en'),
    ).toEqual([
      ['Darrowgate', 'Orlavia'],
      ['Darrowgate', 'Quensby Telecom'],
    ]);
  });

  it('counter-example: one deal told in the singular keeps its three sides', () => {
    expect(
      agreements(
        'Selon nos informations, Disques Marnois et Vellum Records seraient en discussions avec Tabliva pour un accord commun.',
        'fr',
      ),
    ).toEqual([['Disques Marnois', 'Tabliva', 'Vellum Records']]);
  });
});

describe('a newsletter’s list of topics tells nothing', () => {
  it('« Au menu ce matin : un agrément pour X, un accord de bancassurance pour Y »', () => {
    expect(
      claimsOf(
        'Au menu ce matin : une licence pour Morvelle Capital, un accord de distribution entre Tavelle et Corvane, un indice en repli.',
        'fr',
        PUB,
      ),
    ).toEqual([]);
  });

  it('"On the menu this morning: a licence for X, a distribution deal for Y"', () => {
    expect(
      claimsOf(
        'On the menu this morning: a licence for Morvelle Capital, a distribution deal between Tavelle and Corvane and a weaker index.',
        'en',
        PUB,
      ),
    ).toEqual([]);
  });

  it('counter-example: the same deal told in a sentence of its own', () => {
    expect(
      agreements('Banque Tavelle a signé un accord de bancassurance avec Morvelle Assurances.', 'fr'),
    ).toEqual([['Banque Tavelle', 'Morvelle Assurances']]);
  });
});

describe('"the two sprinters" are people, not the pair of companies just named', () => {
  it('"The two sprinters X and Y have teamed up" after a deal: no second deal of the pair', () => {
    const claims = claimsOf(
      'Orlavia signed a sponsorship deal with Quensby Telecom. The two sprinters Paul Mavel and Jean Torrent have teamed up to launch a clothing brand.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement').map((c) => c.evidence.text)).toEqual([
      'Orlavia signed a sponsorship deal with Quensby Telecom.',
    ]);
  });

  it('counter-example: "the two companies" still stands for the pair', () => {
    const claims = claimsOf(
      'Orlavia signed a distribution deal with Quensby Telecom. The two companies will launch a joint offer in March.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Orlavia', 'Quensby Telecom'])).toHaveLength(1);
  });
});

describe('a quotation opening the sentence holds the other side of the talks it denies', () => {
  it('"\'We are not in talks with X,\' a Y spokesman said, in a statement that under City rules bars …"', () => {
    const claims = claimsOf(
      "Harlowe Gaming ruled out an offer for Stakemoor Bet. 'We are not in talks with Stakemoor and we have no intention of making an offer,' a Harlowe Gaming spokesman said, in a statement that under City takeover rules bars the Ladbury Sports owner from bidding for six months.",
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
    expect(find(claims, 'acquisition', ['Harlowe Gaming', 'Stakemoor Bet'])[0]?.status).toBe('denied');
  });
});

describe('distribution deals told by what is distributed, and who reports them', () => {
  it('"X will distribute Y\'s senior loan fund": a fund is a product another company sells', () => {
    expect(
      agreements(
        'Banque Orlane will distribute Vessane Gestion’s senior loan fund to its clients in Monaco.',
        'en',
      ),
    ).toEqual([['Banque Orlane', 'Vessane Gestion']]);
  });

  it('"according to Senegalese business site X": the outlet is the source, not a side', () => {
    const claims = claimsOf(
      'Harvane Life is in advanced talks with Kerlo Bank, according to Senegalese business site Dakar Matin.',
      'en',
      PUB,
    );
    const deals = claims.filter((c) => c.kind === 'agreement');
    expect(deals.map((c) => [...c.parties].sort())).toEqual([['Harvane Life', 'Kerlo Bank']]);
    expect(deals[0]?.attribution).toBe('Dakar Matin');
  });

  it('counter-example: distributing one’s own products names no second side', () => {
    expect(agreements('Banque Orlane will distribute its own senior loan fund from June.', 'en')).toEqual([]);
  });
});

describe('sports leagues are the side of the rights deals they sign', () => {
  it('« X et la Ligue nationale de rugby ont signé un accord de partenariat »', () => {
    expect(
      agreements(
        'Parivo et la Ligue nationale de rugby ont signé un accord de partenariat de trois saisons.',
        'fr',
      ),
    ).toEqual([['Ligue nationale de rugby', 'Parivo']]);
  });

  it('"X signed an agreement with the Premier League"', () => {
    expect(
      agreements('Harvane Games signed an agreement with the Premier League for six seasons.', 'en'),
    ).toEqual([['Harvane Games', 'Premier League']]);
  });

  it('counter-example: LFP cells are a battery chemistry, not the football league', () => {
    expect(
      agreements('Corvelle has signed a supply agreement with Korvana Batteries for LFP cells.', 'en'),
    ).toEqual([['Corvelle', 'Korvana Batteries']]);
  });
});

describe('deals a sentence does not make', () => {
  it('"received ISO 13485 certification, clearing the way for supply contracts with NHS trusts": a prospect', () => {
    const claims = claimsOf(
      'Harvane Diagnostics said its plant had received ISO 13485 certification, clearing the way for supply contracts with NHS trusts.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
    expect(find(claims, 'certification', ['Harvane Diagnostics'])).toHaveLength(1);
  });

  it('« un sésame pour décrocher des contrats avec … », « ce qui lui ouvre la voie à des contrats avec … »', () => {
    expect(
      agreements(
        'Ker Velen a obtenu la qualification SecNumCloud, un sésame pour décrocher des contrats avec le ministère des Armées et Thales.',
        'fr',
      ),
    ).toEqual([]);
    expect(
      agreements(
        'Ker Velen a obtenu la certification HDS, ce qui lui ouvre la voie à des contrats avec Doctolib.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('« sauf accord du conseil de X »: a condition, no deal', () => {
    expect(
      agreements(
        'Glencore a renoncé à son offre sur Tanvelle Copper. En vertu du code boursier britannique, le négociant suisse ne pourra pas revenir à la charge avant six mois, sauf accord du conseil de Tanvelle Copper.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('"The agreement is not exclusive, and X remains Y\'s main supplier": the deal just told, no new side', () => {
    expect(
      agreements(
        "Bravane signed a fibre wholesale agreement with Ostrelle on Monday. The agreement is not exclusive, and BT's Openreach remains Bravane's main wholesale supplier of fixed lines.",
        'en',
      ),
    ).toEqual([['Bravane', 'Ostrelle']]);
  });

  it('counter-examples: a deal signed in the same sentence as a label, and a deal told after « L’accord avec X »', () => {
    expect(
      agreements(
        'Ker Velen, which obtained ISO 27001 certification in May, also signed a distribution agreement with Doctolib.',
        'en',
      ),
    ).toEqual([['Doctolib', 'Ker Velen']]);
    expect(
      agreements(
        'Bravane signed a wholesale agreement with Ostrelle. The agreement with Ostrelle runs for five years.',
        'en',
      ),
    ).toEqual([['Bravane', 'Ostrelle']]);
  });
});

describe('a joint project denied in a spokesman’s words', () => {
  it('« Il n’existe aucun projet commun avec X », a assuré un porte-parole de Y: a denied deal between Y and X', () => {
    const claims = claimsOf(
      'Groupe Vauclair dément. « Il n’existe aucun projet commun avec Partouche », a assuré un porte-parole de Vauclair.',
      'fr',
      PUB,
    );
    const deal = find(claims, 'agreement', ['Groupe Vauclair', 'Partouche']);
    expect(deal.map((c) => c.status)).toEqual(['denied']);
  });

  it('« Il n’y a aucun accord avec X », a assuré un porte-parole de Y: the speaker’s company, not the earlier topic', () => {
    expect(
      agreements(
        'Accor a signé un accord avec Orange. « Il n’y a aucun accord avec Partouche », a assuré un porte-parole de Groupe Vauclair.',
        'fr',
      ),
    ).toEqual([
      ['Accor', 'Orange'],
      ['Groupe Vauclair', 'Partouche'],
    ]);
  });

  it('counter-example: « une offre commune avec X » told as made stays confirmed', () => {
    const claims = claimsOf(
      'Groupe Vauclair a déposé une offre commune avec Partouche pour le casino de Deauville.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Groupe Vauclair', 'Partouche']).map((c) => c.status)).toEqual([
      'confirmed',
    ]);
  });
});
