import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 10, precision: what makes a sentence not the claim logged, or logged with the wrong status.
 * Invented companies and sentences, both languages.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const ofKind = (claims: Claim[], kind: Claim['kind']) => claims.filter((c) => c.kind === kind);
const statusOf = (claims: Claim[], kind: Claim['kind']) => ofKind(claims, kind).map((c) => c.status);

describe('a launch date is its maker’s schedule: a modal or a question headline does not hedge it', () => {
  it('keeps a plan told with "would" after a role noun speaks confirmed', () => {
    const claims = claimsOf(
      'Marlowe Freight rose 2.1% after the logistics group said it would launch a cold-chain service between Antwerp and Milan from June 3.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'launch')).toEqual(['confirmed']);
  });

  it('keeps "would be available" told by an officer to an outlet confirmed', () => {
    const claims = claimsOf(
      'A leasing offer for bakeries, bundling ovens with maintenance, will be available from March 2030, chief executive Ines Valbrecht told The Oven Ledger.',
      'en',
      PUB,
    );
    const launch = ofKind(claims, 'launch');
    expect(launch.length).toBeLessThanOrEqual(1);
    for (const c of launch) expect(c.status).toBe('confirmed');
  });

  it('keeps a French « devrait suivre en 2028 » and a launch in a question-headline article confirmed', () => {
    const plan = claimsOf(
      'Quilvane Cloud commercialisera son offre de stockage à partir de mars 2029. Une offre de sauvegarde devrait suivre en 2030.',
      'fr',
      PUB,
    );
    expect(statusOf(plan, 'launch').every((s) => s === 'confirmed')).toBe(true);
    const asked = claimsOf(
      [
        'Le groupe Brévanne serait en discussions pour racheter la fromagerie Maubuisson, selon nos informations.',
        'Maubuisson lancera par ailleurs en janvier 2030 une gamme de tommes affinées au foin.',
      ].join('\n\n'),
      'fr',
      PUB,
      'Brévanne prêt à s’offrir la fromagerie Maubuisson ?',
    );
    expect(statusOf(asked, 'acquisition')).toEqual(['rumour']);
    expect(statusOf(asked, 'launch')).toEqual(['confirmed']);
    const english = claimsOf(
      [
        'Harlan Foods is weighing a bid for Pellworth Bakeries, according to people familiar with the matter.',
        'Pellworth will launch its sourdough range in British supermarkets in January 2030.',
      ].join('\n\n'),
      'en',
      PUB,
      'Is Harlan Foods circling Pellworth Bakeries?',
    );
    expect(statusOf(english, 'launch')).toEqual(['confirmed']);
  });

  it('counter-examples: a launch told by sources stays a rumour', () => {
    const ours = claimsOf(
      'D’après nos sources, la coentreprise ne commercialiserait pas d’offre qualifiée avant 2031.',
      'fr',
      PUB,
    );
    expect(statusOf(ours, 'launch').every((s) => s === 'rumour')).toBe(true);
    const people = claimsOf(
      'Corvane Telecom would launch its satellite messaging service in Spain in March 2030, people familiar with the plans said.',
      'en',
      PUB,
    );
    expect(statusOf(people, 'launch')).toEqual(['rumour']);
    const outlet = claimsOf(
      'Selon Les Échos, Ardanne Mobilité lancerait son abonnement de recharge en septembre 2030.',
      'fr',
      PUB,
    );
    expect(statusOf(outlet, 'launch').every((s) => s === 'rumour')).toBe(true);
  });
});

describe('a rumour recalled by a measure of time hedges nothing told now', () => {
  it('keeps a done deal confirmed beside the reports or speculation it closes', () => {
    const after = claimsOf(
      'Tarvick Media has agreed to buy Olderwood Studios for about $420m, three weeks after reports of early talks.',
      'en',
      PUB,
    );
    expect(statusOf(after, 'acquisition')).toEqual(['confirmed']);
    const ending = claimsOf(
      'Vennor Energy and Castlebay Wind have agreed to form a joint venture to build offshore turbines, ending months of speculation about which utility would back the developer.',
      'en',
      PUB,
    );
    expect(statusOf(ending, 'agreement')).toEqual(['confirmed']);
    const before = claimsOf(
      'Buyout firm Kelstone Capital launched a take-private offer for Brightwell Engineering at 31 pence a share, a 42% premium to the price before the first press reports.',
      'en',
      PUB,
    );
    expect(statusOf(before, 'acquisition')).toEqual(['confirmed']);
  });

  it('reads the French forms: « mettant fin à des semaines de rumeurs », « deux semaines après les premières informations de presse »', () => {
    const fin = claimsOf(
      'Lorvane a signé un accord de distribution avec Pharmédis, mettant fin à des semaines de rumeurs sur le partenaire qui pourrait distribuer ses tests.',
      'fr',
      PUB,
    );
    expect(statusOf(fin, 'agreement')).toEqual(['confirmed']);
    const apres = claimsOf(
      'Le groupe Altérac a racheté la PME Sorlin Emballages, deux semaines après les premières informations de presse sur des discussions.',
      'fr',
      PUB,
    );
    expect(statusOf(apres, 'acquisition')).toEqual(['confirmed']);
  });

  it('counter-examples: a deal reported now stays a rumour', () => {
    const cause = claimsOf(
      'Brightwell Engineering shares jumped 9% after reports that Kelstone Capital was in talks to buy the company.',
      'en',
      PUB,
    );
    expect(statusOf(cause, 'acquisition')).toEqual(['rumour']);
    const stillTalks = claimsOf(
      'Tarvick Media is in advanced talks to buy Olderwood Studios, weeks after reports of a first approach.',
      'en',
      PUB,
    );
    expect(statusOf(stillTalks, 'acquisition')).toEqual(['rumour']);
    const fr = claimsOf(
      'Selon nos informations, le groupe Altérac serait en négociations avancées pour racheter la PME Sorlin Emballages, deux semaines après de premières rumeurs.',
      'fr',
      PUB,
    );
    expect(statusOf(fr, 'acquisition')).toEqual(['rumour']);
  });
});

describe('a denial told in the past of the narration is background, not this article’s statement', () => {
  it('drops a denial dated before the story', () => {
    const en = claimsOf(
      'In 2027, Harrowgate Systems denied that it was in talks with Pellacott about a joint data venture, and the matter was never raised again.',
      'en',
      PUB,
    );
    expect(ofKind(en, 'statement')).toEqual([]);
    const fr = claimsOf(
      'Le groupe Ravenel avait d’ailleurs démenti en mars 2027 « toute discussion » avec Sobrane, après des informations de presse évoquant un rapprochement.',
      'fr',
      PUB,
    );
    expect(ofKind(fr, 'statement')).toEqual([]);
    expect(ofKind(fr, 'agreement')).toEqual([]);
    expect(ofKind(fr, 'acquisition')).toEqual([]);
  });

  it('reads the imperfect « qui démentait encore … en septembre » as an old denial', () => {
    const claims = claimsOf(
      'Castelmont a racheté le brasseur Valbrune pour 210 millions d’euros, un rachat que Valbrune démentait encore en septembre.',
      'fr',
      PUB,
    );
    expect(ofKind(claims, 'acquisition').map((c) => c.status)).toEqual(['confirmed']);
    expect(ofKind(claims, 'statement')).toEqual([]);
  });

  it('counter-examples: a denial of this week stays a statement and a denied deal', () => {
    const en = claimsOf(
      'Harrowgate Systems on Tuesday denied that it was in talks with Pellacott about a joint data venture.',
      'en',
      PUB,
    );
    expect(ofKind(en, 'statement').map((c) => (c.kind === 'statement' ? c.stance : ''))).toEqual(['deny']);
    const fr = claimsOf(
      'Le groupe Ravenel a démenti mardi « toute discussion » avec Sobrane en vue d’un rapprochement.',
      'fr',
      PUB,
    );
    expect(ofKind(fr, 'statement').map((c) => (c.kind === 'statement' ? c.stance : ''))).toEqual(['deny']);
  });
});

describe('equipment put into service is no offer launched', () => {
  it('gives no launch for berths, lines, silos or projects « mis en service » or « opérationnels »', () => {
    for (const text of [
      'Portelia investira 80 millions d’euros : les deux nouveaux quais, dont la construction doit s’achever fin 2029, seront mis en service en 2030.',
      'Chez Usinor Verdon, une nouvelle ligne d’assemblage, qui a nécessité 9 millions d’euros, sera mise en service en mars 2029.',
      'Les premières cellules rénovées de la coopérative Blés d’Aunis devraient être opérationnelles pour la moisson 2029.',
      'Deux projets de stockage de carbone de Norvane doivent entrer en service en 2030.',
    ])
      expect(ofKind(claimsOf(text, 'fr', PUB), 'launch')).toEqual([]);
    expect(
      ofKind(
        claimsOf('Halvern Grid said its two new substations would become operational in 2030.', 'en', PUB),
        'launch',
      ),
    ).toEqual([]);
  });

  it('counter-examples: an offer, a platform or a service put into service is launched', () => {
    const platform = claimsOf(
      'La plateforme de paiement de Movéa sera mise en service en juin 2030.',
      'fr',
      PUB,
    );
    expect(ofKind(platform, 'launch').map((c) => c.parties)).toEqual([['Movéa']]);
    const service = claimsOf(
      'Le service de télésurveillance de Kerlys sera opérationnel en mars 2030.',
      'fr',
      PUB,
    );
    expect(ofKind(service, 'launch').map((c) => c.parties)).toEqual([['Kerlys']]);
  });
});

const moves = (claims: Claim[]) =>
  ofKind(claims, 'share_move').map(
    (c) => `${c.parties.join('|')} ${c.kind === 'share_move' ? c.percent : ''}`,
  );

describe('a figure that is not the session’s move of the stock told before it', () => {
  it('leaves out a commodity, a currency or the broader market moving in its own clause', () => {
    expect(
      moves(
        claimsOf(
          'Kestrel Mining rose 2.4% on Wednesday as copper rebounded 1.1%, while Harwood Foods fell 0.8%.',
          'en',
          PUB,
        ),
      ),
    ).toEqual(['Kestrel Mining 2.4', 'Harwood Foods 0.8']);
    expect(
      moves(
        claimsOf(
          'Dorvane Energy shares were up 5.2% at midday, while the broader Swiss market was 0.3% higher.',
          'en',
          PUB,
        ),
      ),
    ).toEqual(['Dorvane Energy 5.2']);
    expect(
      moves(
        claimsOf(
          'En Bourse, Valmorel a gagné 2,2 % mercredi ; le Brent a pris 1,4 % sur la journée.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual(['Valmorel 2.2']);
    expect(
      moves(
        claimsOf('Le titre Eramet a bondi de 4 % mercredi, tandis que le nickel reculait de 2 %.', 'fr', PUB),
      ),
    ).toEqual(['Eramet 4']);
  });

  it('leaves out a running total told after the day’s move', () => {
    expect(
      moves(
        claimsOf(
          'Brackwell shares closed up 6.1% on Wednesday, taking their gain since the end of last week to 17%.',
          'en',
          PUB,
        ),
      ),
    ).toEqual(['Brackwell 6.1']);
    expect(
      moves(
        claimsOf(
          'Tindholm shares rose 3.3% on Wednesday, taking their gain since the first press report to about 21%.',
          'en',
          PUB,
        ),
      ),
    ).toEqual(['Tindholm 3.3']);
  });

  it('counter-examples: a company named with its commodity, and two stocks in one sentence, keep their moves', () => {
    expect(moves(claimsOf('Kestrel Mining, the copper miner, rose 2.1% on Wednesday.', 'en', PUB))).toEqual([
      'Kestrel Mining 2.1',
    ]);
    expect(
      moves(claimsOf('Le titre Vallourec a pris 3 % mercredi et Eramet a cédé 1,5 %.', 'fr', PUB)),
    ).toEqual(['Vallourec 3', 'Eramet 1.5']);
  });
});

describe('a deal dated by last year alone is the company’s past, not this article’s news', () => {
  it('gives no claim for a deal told "in <last year>" beside the news', () => {
    const en = claimsOf(
      'Harwick Motors, which sold 3,000 cars last year, signed a battery supply agreement with Korea’s Donghae Cells in 2028.',
      'en',
      PUB,
    );
    expect(ofKind(en, 'agreement')).toEqual([]);
    const bid = claimsOf(
      'Farnsworth Insurance studied a bid for Kelby Mutual in 2028 but walked away over price, the newspaper reported.',
      'en',
      PUB,
    );
    expect(ofKind(bid, 'acquisition')).toEqual([]);
    const fr = claimsOf(
      'Le fournisseur a racheté en 2028 le spécialiste lyonnais Dorvane Hydraulique, rappelle le communiqué.',
      'fr',
      PUB,
    );
    expect(ofKind(fr, 'acquisition')).toEqual([]);
  });

  it('counter-examples: a month of last year, this year, or a venture formed last year still give their claims', () => {
    const month = claimsOf(
      'Harwick Motors signed a battery supply agreement with Donghae Cells in December 2028.',
      'en',
      PUB,
    );
    expect(ofKind(month, 'agreement').map((c) => [...c.parties].sort())).toEqual([
      ['Donghae Cells', 'Harwick Motors'],
    ]);
    const thisYear = claimsOf(
      'Harwick Motors signed a battery supply agreement with Donghae Cells in 2029.',
      'en',
      PUB,
    );
    expect(ofKind(thisYear, 'agreement')).toHaveLength(1);
    const formed = claimsOf(
      'Skyline Relay was formed in 2028 by Corvane Aerospace and Peltier Optics to sell laser links to satellite operators.',
      'en',
      PUB,
    );
    expect(ofKind(formed, 'agreement').map((c) => [...c.parties].sort())).toEqual([
      ['Corvane Aerospace', 'Peltier Optics'],
    ]);
  });
});
