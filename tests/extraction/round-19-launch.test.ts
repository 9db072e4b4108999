import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Round 19, launches: more verbs of availability (« seront offerts aux producteurs », « compte distribuer … à compter
 * de », « mettre en rayon », "did not expect to sell … before"), goods made at a site are no site opening, a road or a
 * tunnel opening is no offer, and who launches when the subject is an anaphor or the offer has a name of its own.
 * Every sentence is invented for this file.
 */
const PUB = '2027-11-18';
const launches = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB)
    .filter((c) => c.kind === 'launch')
    .map((c) => ({
      parties: [...c.parties].sort(),
      date: c.kind === 'launch' ? c.eventDate : undefined,
      ...(c.kind === 'launch' && c.bound !== undefined ? { bound: c.bound } : {}),
      status: c.status,
    }));

describe('« offrir » for selling, and the verbs of a seller’s plan', () => {
  it('« seront offerts aux éleveurs dès … »: goods offered to their buyers', () => {
    expect(
      launches(
        'Le fabricant d’aliments Brevagne Nutrition a présenté mercredi une gamme de granulés sans soja. Les premiers granulés seront offerts aux éleveurs dès l’automne 2028, a précisé l’entreprise.',
        'fr',
      ),
    ).toEqual([{ parties: ['Brevagne Nutrition'], date: '2028', status: 'confirmed' }]);
  });

  it('counter-example: shares offered to employees are no offer put on sale', () => {
    expect(
      launches(
        'Des actions gratuites seront offertes aux salariés de Brevagne Nutrition dès le printemps 2028.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('« compte distribuer … à compter du 1er mars 2029 », « compte mettre en rayon dès janvier 2029 »', () => {
    expect(
      launches(
        'Le groupe Marvelle compte distribuer les jus de la marque dans les épiceries de Wallonie à compter du 1er mars 2029.',
        'fr',
      ),
    ).toEqual([{ parties: ['Marvelle'], date: '2029-03-01', status: 'confirmed' }]);
    expect(
      launches(
        'La coopérative Lindrel compte mettre en rayon dès janvier 2029 une farine de blé ancien.',
        'fr',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Lindrel'], '2029-01']]);
  });

  it('counter-example: a stake one plans to sell is a disposal', () => {
    expect(
      launches('Le groupe Marvelle compte vendre sa participation dans Ostrane à partir de 2029.', 'fr'),
    ).toEqual([]);
  });

  it('"did not expect to sell seed … before 2031": a maker’s bound on its own sales', () => {
    expect(
      launches(
        'Halvorn Genetics said it did not expect to sell seed containing the new traits in Europe before 2031.',
        'en',
      ),
    ).toEqual([{ parties: ['Halvorn Genetics'], date: '2031', bound: 'not_before', status: 'confirmed' }]);
  });

  it('counter-example: a unit one expects to sell is a disposal', () => {
    expect(
      launches('Halvorn Genetics said it expects to sell its crop protection unit in 2028.', 'en'),
    ).toEqual([]);
  });
});

describe('a site that only tells where goods are made, and infrastructure that opens', () => {
  it('"The fertilisers, made from ammonia produced at X’s site, will be available"', () => {
    expect(
      launches(
        'Kestrel Nitrogen, the Norwegian fertiliser maker, has signed a supply deal with a Canadian cooperative. The fertilisers, made from ammonia produced at Kestrel Nitrogen’s Tromsø site, will be available to farmers from spring 2028, the company said.',
        'en',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Kestrel Nitrogen'], '2028']]);
  });

  it('counter-example: the plant itself going into service', () => {
    expect(
      launches(
        'Kestrel Nitrogen said the plant, built in 2020 near Tromsø, will be operational in 2028.',
        'en',
      ),
    ).toEqual([]);
  });

  it('"the tunnel was expected to open to traffic in 2034": a road opening is no offer', () => {
    expect(
      launches(
        'Norrfjord Bygg will dig the tunnel, which is expected to open to traffic in 2034, the agency said.',
        'en',
      ),
    ).toEqual([]);
    expect(
      launches(
        'Works are due to begin in 2029 and the extension is expected to open to passengers in 2033, Norrfjord Bygg said.',
        'en',
      ),
    ).toEqual([]);
  });

  it('counter-example: an airline route opening to passengers is an offer', () => {
    expect(
      launches('Skyrvik Air said its new Bergen–Nice route will open to passengers in June 2028.', 'en').map(
        (l) => [l.parties, l.date],
      ),
    ).toEqual([[['Skyrvik Air'], '2028-06']]);
  });
});

describe('who launches', () => {
  it('"X said last month it would launch": a company speaking of itself, with the time of telling between', () => {
    expect(
      launches(
        'Tarvelin said last month it would launch a bio-based adhesive range in Europe in 2028.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Tarvelin']]);
  });

  it('"The group said it would also launch a Glenbrae cask-finished brandy": the group, not the brand', () => {
    expect(
      launches(
        'Velmora Spirits has agreed to buy a 51% stake in Glenbrae Distillers, an independent whisky maker. The group said it would also launch a Glenbrae cask-finished brandy in travel retail from September 2028.',
        'en',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Velmora Spirits'], '2028-09']]);
  });

  it('counter-example: the brand’s own company telling of it launches it', () => {
    expect(
      launches(
        'Velmora Spirits has agreed to buy a 51% stake in Glenbrae Distillers, an independent whisky maker. Glenbrae Distillers said it would launch a cask-finished brandy in travel retail from September 2028.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Glenbrae Distillers']]);
  });

  it('« leur offre commune, baptisée Kelvia Rhône »: the pair that tells of it, not the offer’s name', () => {
    expect(
      launches(
        'Selon nos confrères du Courrier de l’Ain, Orvanne et Delsite ont signé un partenariat dans l’inspection des bâtiments. Côté offre, les deux groupes ont indiqué que leur offre commune, baptisée Kelvia Rhône, serait proposée aux syndics à partir de septembre 2028.',
        'fr',
      ),
    ).toEqual([
      { parties: ['Delsite', 'Orvanne'], date: '2028-09', bound: 'not_before', status: 'confirmed' },
    ]);
  });

  it('counter-example: a combined offering branded with one partner’s name is that partner’s', () => {
    expect(
      launches(
        'Orvanne has signed a partnership with Delsite in building inspection. The combined offering, branded Orvanne Secure, is set to launch in the second half of 2028.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Orvanne']]);
  });
});

describe('more words of a first sale, and whose offer it is', () => {
  it('"X said in March that it would launch": the time of telling before "that it"', () => {
    expect(
      launches(
        'Tarvelin said in March that it would launch a bio-based adhesive range in Europe in 2028.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Tarvelin']]);
  });

  it('"it expected Dolvexa to be available": the product is the object, the company launches it', () => {
    expect(
      launches(
        'Pelorin Pharma won approval for Dolvexa. The company said on Tuesday that it expected Dolvexa to be available to patients in the US in March 2028.',
        'en',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Pelorin Pharma'], '2028-03']]);
  });

  it('counter-example: "expected Brightmoor Health to be able to offer it": the one offering', () => {
    expect(
      launches(
        'Pelorin Therapeutics won approval for its migraine pen. The company said that it expected Brightmoor Health to be able to offer it from March 2028.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Brightmoor Health']]);
  });

  it('"a deal with Y, under which its range will be offered": the subject’s own range', () => {
    expect(
      launches(
        'Corvane Wealth, the London fund manager, became a certified B Corp on Monday. The company also said it had signed a distribution agreement with Brightmoor Investing, under which its range of model portfolios will be offered on the investment platform from January.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Corvane Wealth']]);
  });

  it('counter-example: "under which Brightmoor will offer the portfolios": the relative’s own subject', () => {
    expect(
      launches(
        'Corvane Wealth said it had signed a distribution agreement with Brightmoor Investing, under which Brightmoor will offer the portfolios on its platform from January.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Brightmoor Investing']]);
  });

  it('"the first US shipments to leave", "would reach American retailers", "to open its first fund … to institutional clients"', () => {
    expect(
      launches(
        'Sedmoor Surgical won FDA clearance for its stapler. Sedmoor expects the first US shipments to leave its Leeds plant by the end of the year.',
        'en',
      ),
    ).toEqual([{ parties: ['Sedmoor Surgical'], date: '2027', bound: 'not_after', status: 'confirmed' }]);
    expect(
      launches(
        'Lindqvist Mobile said its phone would reach American retailers by the end of the year.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Lindqvist Mobile']]);
    expect(
      launches(
        'Kelvyn Capital, the asset manager, said on Monday it expects to open its first fund, a sterling liquidity fund, to institutional clients in the second quarter of 2028.',
        'en',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Kelvyn Capital'], '2028']]);
  });

  it('"does not expect to sell its first unit before 2034": a first unit is a product, bounded by its own date', () => {
    expect(
      launches(
        'Calvoris Nuclear, the reactor start-up, aims to obtain a licence by 2031 and does not expect to sell its first unit before 2034.',
        'en',
      ),
    ).toEqual([{ parties: ['Calvoris Nuclear'], date: '2034', bound: 'not_before', status: 'confirmed' }]);
  });

  it('an airline’s first scheduled flight, « dont le vol inaugural est programmé le 4 juin »', () => {
    expect(
      claimsOf(
        'Aerbrise Airways, a regional airline based in Cork, won its operating licence. It will operate its first scheduled flight, between Cork and Nantes, on 4 June 2028.',
        'en',
        '2028-04-10',
      )
        .filter((c) => c.kind === 'launch')
        .map((c) => [c.parties, c.kind === 'launch' ? c.eventDate : undefined]),
    ).toEqual([[['Aerbrise Airways'], '2028-06-04']]);
    expect(
      claimsOf(
        'La compagnie Aerbrise a ouvert les réservations de sa première ligne, entre Brest et Cork, dont le vol inaugural est programmé le 4 juin.',
        'fr',
        '2028-04-10',
      )
        .filter((c) => c.kind === 'launch')
        .map((c) => [c.parties, c.kind === 'launch' ? c.eventDate : undefined]),
    ).toEqual([[['Aerbrise'], '2028-06-04']]);
  });

  it('counter-example: a prototype’s maiden flight is no route opened', () => {
    expect(
      launches('Aerbrise prépare son prototype, dont le vol inaugural est programmé le 4 juin 2028.', 'fr'),
    ).toEqual([]);
    expect(
      launches('Aerbrise Airways said its prototype will make its first flight in June 2028.', 'en'),
    ).toEqual([]);
  });

  it('« attendue en officine au printemps 2028 »', () => {
    expect(
      launches(
        'Sérélia Cosmétiques prépare une gamme solaire minérale, attendue en officine au printemps 2028.',
        'fr',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Sérélia Cosmétiques'], '2028']]);
  });
});

describe('what the customers will be able to do, and a singular subject before a pair’s words', () => {
  it('"The company said it expected to ship the first modules combining both companies’ technology": the company', () => {
    expect(
      launches(
        "Tarnwell Semiconductor has agreed to buy Brenholt Photonics for $400 million. The company said it expected to ship the first modules combining both companies' technology to customers in 2029.",
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Tarnwell Semiconductor']]);
  });

  it('"expects to supply its first separators", "would only be offered eSIM plans from November"', () => {
    expect(
      launches(
        'Solhan Membranes, a joint venture of Orvane and Delsite, was set up in March. The venture expects to supply its first separators to customers in the second half of 2029.',
        'en',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Solhan Membranes'], '2029']]);
    expect(
      launches(
        'Brenmoor Mobile said on Thursday that new customers would only be offered eSIM plans from November.',
        'en',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Brenmoor Mobile'], '2027-11']]);
  });

  it('counter-example: shareholders offered cash are no customers of an offer', () => {
    expect(
      launches(
        'Brenmoor Mobile said its shareholders would only be offered cash for their shares from November.',
        'en',
      ),
    ).toEqual([]);
  });

  it('"customers of both operators would be able to use …", « Les clients des deux réseaux pourront utiliser … »', () => {
    expect(
      launches(
        'Brenmoor Mobile and Castelnet signed a network-sharing deal. The companies said customers of both operators would be able to use the shared network from April 2028.',
        'en',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Brenmoor Mobile', 'Castelnet'], '2028-04']]);
    expect(
      launches(
        'Orvane et Delsite ont signé un accord de partage de réseau. Les clients des deux réseaux pourront utiliser les antennes partagées à partir de juin 2028.',
        'fr',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Delsite', 'Orvane'], '2028-06']]);
  });

  it('counter-example: what customers may do to leave is no offer', () => {
    expect(
      launches(
        'Orvane et Delsite ont signé un accord de partage de réseau. Les clients pourront résilier leur abonnement à partir de juin 2028.',
        'fr',
      ),
    ).toEqual([]);
  });
});
