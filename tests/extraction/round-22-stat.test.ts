import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Who keeps silent or denies: place appositions, co-speakers, quoted formulas, defined terms of releases. */
const PUB = '2028-05-12'; // a Friday

const statements = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'statement' ? [[c.parties[0], c.stance]] : []));

describe('a speaker with its town apposed between commas', () => {
  it('« X, à Dubaï, s’est refusé à tout commentaire »: X keeps silent', () => {
    expect(
      statements(
        claimsOf(
          'Selon nos informations, Corvalis Trading négocierait un contrat avec Port Bellane. Marnex World, à Dubaï, s’est refusé à tout commentaire.',
          'fr',
          PUB,
        ),
      ),
    ).toContainEqual(['Marnex World', 'no_comment']);
  });

  it('"Halvard World, in Oslo, declined to comment": the same in English', () => {
    expect(statements(claimsOf('Halvard World, in Oslo, declined to comment.', 'en', PUB))).toEqual([
      ['Halvard World', 'no_comment'],
    ]);
  });

  it('counter-example: a town listed after a name with « à » is no apposition of a speaker', () => {
    expect(
      statements(
        claimsOf('Le négociant a vendu sa cargaison à Brestia, à Lorient, sans commentaire.', 'fr', PUB),
      ),
    ).toEqual([]);
  });
});

describe('a second speaker tagged by « tout comme » / "as did"', () => {
  it('« …, tout comme Ekarno Terminals à Lagos »: both keep silent', () => {
    expect(
      statements(
        claimsOf(
          'Marnex World s’est refusé à tout commentaire, tout comme Ekarno Terminals à Lagos.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([
      ['Marnex World', 'no_comment'],
      ['Ekarno Terminals', 'no_comment'],
    ]);
  });

  it('"…, as did Brenmoor Shipping in Oslo": both decline', () => {
    expect(
      statements(claimsOf('Halvard Ports declined to comment, as did Brenmoor Shipping in Oslo.', 'en', PUB)),
    ).toEqual([
      ['Halvard Ports', 'no_comment'],
      ['Brenmoor Shipping', 'no_comment'],
    ]);
  });

  it('counter-example: a capitalised word after « tout comme » with no statement before it is no speaker', () => {
    expect(
      statements(claimsOf('Le port vise 3 millions de tonnes, tout comme Anvers l’an dernier.', 'fr', PUB)),
    ).toEqual([]);
  });
});

describe('a first-person no-comment quoted after the clause that introduces it', () => {
  it('« A n’a pas répondu, et B s’en est tenu à une formule : « Nous ne commentons pas … » »: both are silent', () => {
    expect(
      statements(
        claimsOf(
          'Vellora n’a pas répondu à nos sollicitations, et Quarzel Capital s’en est tenu à une formule prudente : « Nous ne commentons pas nos participations. »',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([
      ['Vellora', 'no_comment'],
      ['Quarzel Capital', 'no_comment'],
    ]);
  });

  it('counter-example: a third-person quote after the clause gives the introducing company nothing', () => {
    expect(
      statements(
        claimsOf(
          'Vellora n’a pas répondu à nos sollicitations, et Quarzel Capital a cité son fondateur : « Il ne commente pas. »',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Vellora', 'no_comment']]);
  });
});

describe('a no-comment that companies in general are said to give', () => {
  const text = (quote: string) =>
    `Tarvane Metals denied on Tuesday that it was in talks with Orsk Mining. Analysts said the speed of the answer was telling. ${quote}`;

  it("\"Companies usually hide behind 'we don't comment …'\" is an analyst's remark, no statement", () => {
    expect(
      statements(
        claimsOf(
          text(
            "\"Companies usually hide behind 'we don't comment on market speculation'. A flat denial means there was nothing,\" said an analyst.",
          ),
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Tarvane Metals', 'deny']]);
  });

  it('« Les groupes se retranchent souvent derrière un « nous ne commentons pas » » likewise', () => {
    expect(
      statements(
        claimsOf(
          'Tarvane a démenti mardi toute discussion avec Orsk. « Les groupes se retranchent souvent derrière un “nous ne commentons pas les rumeurs” », observe un analyste.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Tarvane', 'deny']]);
  });

  it('counter-example: the company itself saying "we don\'t comment" stays a no-comment', () => {
    expect(
      statements(
        claimsOf(
          'Orsk Mining is said to be weighing a bid for Tarvane Metals. "We don\'t comment on market speculation," a Tarvane Metals spokesperson said.',
          'en',
          PUB,
        ),
      ),
    ).toContainEqual(['Tarvane Metals', 'no_comment']);
  });
});

describe("a takeover-code announcement's Board", () => {
  const release =
    'LONDON, 12 May 2028 – The Board of Ferncliff Assurance plc ("Ferncliff" or "the Company") notes the recent press speculation regarding a possible offer for the Company by Corrow Insurance. The Board confirms that Ferncliff has not received any approach from Corrow Insurance and that it is not in discussions with Corrow Insurance regarding an offer for the Company.';

  it('"The Board" is no company: the denial and the denied bid are the issuer\'s', () => {
    const claims = claimsOf(release, 'en', PUB);
    expect(claims.some((c) => c.parties.includes('Board'))).toBe(false);
    expect(statements(claims)).toEqual([['Ferncliff Assurance', 'deny']]);
    expect(
      claims.filter((c) => c.kind === 'acquisition').map((c) => [[...c.parties].sort().join('+'), c.status]),
    ).toEqual([['Corrow Insurance+Ferncliff Assurance', 'denied']]);
  });

  it("counter-example: an acknowledgement with no denial after it stays the issuer's no-comment", () => {
    const claims = claimsOf(
      'LONDON, 12 May 2028 – The Board of Ferncliff Assurance plc notes the recent press speculation regarding a possible offer for the company by Corrow Insurance. A further announcement will be made as appropriate.',
      'en',
      PUB,
    );
    expect(statements(claims)).toEqual([['Ferncliff Assurance', 'no_comment']]);
  });
});

describe('a denial coordinated after the claim, of another report', () => {
  it('"said it would launch … and denied reports that …": the launch stays confirmed', () => {
    const claims = claimsOf(
      'Corvane Systems said on Tuesday it would launch its Drift platform in Germany in March 2029 and denied reports that it was in talks to sell its French unit.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch').map((c) => c.status)).toEqual(['confirmed']);
    expect(statements(claims)).toEqual([['Corvane Systems', 'deny']]);
  });

  it("counter-example: a denied report that names the deal's parties still denies the deal", () => {
    const claims = claimsOf(
      'Corvane Systems said it had no plans to buy Ferrovia and denied reports that it was in talks with Ferrovia.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition').map((c) => c.status)).toEqual(['denied']);
  });
});

describe('« tourner le dos à une acquisition »', () => {
  it('the buyer turning its back on the deal denies it', () => {
    const claims = claimsOf(
      'Selon Bloomberg, Veltris préparerait une offre sur Damvik Pay. Lundi, le titre Veltris a gagné 1,2 %, les investisseurs étant soulagés de voir le groupe tourner le dos à une acquisition jugée coûteuse de Damvik Pay.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition').map((c) => c.status)).toEqual(['denied']);
  });

  it('counter-example: « tourner le dos à la crise » denies nothing', () => {
    const claims = claimsOf(
      'Veltris a racheté Damvik Pay pour 40 millions d’euros, tournant le dos à la crise du secteur.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition').map((c) => c.status)).toEqual(['confirmed']);
  });
});

describe('« la junior », a junior mining company', () => {
  it('stands for the small miner of the story, not for the major the registry knows', () => {
    const claims = claimsOf(
      'Glencore a annoncé lundi l’acquisition d’une participation de 12 % dans Cuivre Valtanne, la junior qui développe le gisement de Lac-Sorel. La junior n’a pas voulu commenter le prix payé.',
      'fr',
      PUB,
    );
    expect(statements(claims)).toEqual([['Cuivre Valtanne', 'no_comment']]);
  });
});
