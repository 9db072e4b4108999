import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, moves } from './claims-of.ts';

/** Statements, denials and the status claims get from scoops, announced negotiations and inserted hedges. */
const PUB = '2027-09-28'; // a Tuesday

const deals = (claims: Claim[]) =>
  claims.filter((c) => c.kind === 'acquisition').map((c) => [...c.parties, c.status]);

describe('a scoop credited after the fact is no hedge', () => {
  it('« comme l’avait révélé L’Équipe », "as first reported by", "first reported by … in September"', () => {
    expect(
      deals(
        claimsOf(
          'Halvard Partners a finalisé vendredi son entrée au capital du Racing Verlonne, dont il détient désormais 30 %, comme l’avait révélé Le Parisien.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Halvard Partners', 'Racing Verlonne', 'confirmed']]);
    expect(
      deals(
        claimsOf(
          'Halvard Partners has completed its purchase of a 30% stake in Racing Verlonne, as first reported by The Courier last month.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Halvard Partners', 'Racing Verlonne', 'confirmed']]);
  });

  it('counter-examples: an outlet reporting now, a conditional, talks', () => {
    expect(
      deals(
        claimsOf(
          'Halvard Partners a racheté vendredi 30 % du Racing Verlonne, comme l’a révélé Le Parisien.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Halvard Partners', 'Racing Verlonne', 'rumour']]);
    expect(
      deals(
        claimsOf(
          'Halvard Partners aurait finalisé vendredi son entrée au capital du Racing Verlonne, comme l’avait révélé Le Parisien.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Halvard Partners', 'Racing Verlonne', 'rumour']]);
    expect(
      deals(
        claimsOf(
          'Halvard Partners is in talks to buy a 30% stake in Racing Verlonne, as first reported by The Courier last month.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Halvard Partners', 'Racing Verlonne', 'rumour']]);
  });
});

describe('exclusive negotiations a party announces, the seller included, are confirmed', () => {
  it('« ont annoncé être entrées en négociations exclusives … en vue de lui céder 49 % »', () => {
    expect(
      deals(
        claimsOf(
          'Les Caves Morvellec ont annoncé mardi être entrées en négociations exclusives avec le groupe Distrivel en vue de lui céder 49 % de Morvellec Logistique.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Distrivel', 'Morvellec Logistique', 'confirmed']]);
    expect(
      deals(
        claimsOf(
          'Harrowgate Foods said on Tuesday it had entered exclusive negotiations with Dunmore Capital to sell it a 49% stake in Harrowgate Dairy.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Dunmore Capital', 'Harrowgate Dairy', 'confirmed']]);
  });

  it('counter-examples: plain talks a party acknowledges, exclusive talks in the conditional or from sources', () => {
    for (const [text, lang] of [
      [
        'Les Caves Morvellec ont indiqué mardi être en discussions avec le groupe Distrivel en vue de lui céder 49 % de Morvellec Logistique.',
        'fr',
      ],
      [
        'Les Caves Morvellec seraient entrées en négociations exclusives avec le groupe Distrivel en vue de lui céder 49 % de Morvellec Logistique.',
        'fr',
      ],
      [
        'Harrowgate Foods is in exclusive talks with Dunmore Capital to sell it a 49% stake in Harrowgate Dairy, people familiar with the matter said.',
        'en',
      ],
    ] as const) {
      const found = deals(claimsOf(text, lang, PUB));
      expect(found.length, text).toBe(1);
      expect(found[0]?.[2], text).toBe('rumour');
    }
  });
});

describe('a hedge inside a clause inserted after the company leaves its share move a fact', () => {
  it('"Shares in X, which could yet bid …, rose 0.9%", « Le titre de X, qui pourrait … , a gagné 1,4 % »', () => {
    for (const [text, lang] of [
      ['Shares in Brantley Media, which could yet bid for the rights itself, rose 0.9% on Friday.', 'en'],
      [
        'Le titre de Vauclair Médias, qui pourrait lui-même se porter candidat, a gagné 1,4 % vendredi.',
        'fr',
      ],
    ] as const) {
      const claims = claimsOf(text, lang, PUB);
      expect(moves(claims).length, text).toBe(1);
      expect(claims.find((c) => c.kind === 'share_move')?.status, text).toBe('confirmed');
    }
  });

  it('counter-example: a hedge on the move itself', () => {
    const claims = claimsOf('Shares in Brantley Media reportedly rose 0.9% on Friday.', 'en', PUB);
    expect(claims.find((c) => c.kind === 'share_move')?.status).toBe('rumour');
  });
});

const statements = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'statement' ? [[c.parties[0], c.stance]] : []));

describe('« n’avoir aucune discussion » is a denial its speaker states', () => {
  it('« a assuré n’avoir « aucune discussion » en vue d’un rachat de X »', () => {
    const claims = claimsOf(
      'Norrvik Games a assuré n’avoir « aucune discussion » en vue d’un rachat de Studio Brévane.',
      'fr',
      PUB,
    );
    expect(statements(claims)).toEqual([['Norrvik Games', 'deny']]);
    expect(deals(claims)).toEqual([['Norrvik Games', 'Studio Brévane', 'denied']]);
  });

  it('counter-example: discussions reported, not denied', () => {
    expect(
      statements(
        claimsOf('Norrvik Games a engagé des discussions en vue d’un rachat de Studio Brévane.', 'fr', PUB),
      ),
    ).toEqual([]);
  });
});

describe('"X never made us an offer": the speaker denies a takeover by X', () => {
  it('« Believe ne nous a jamais fait d’offre », "Ventrel Group has never made us an offer"', () => {
    const fr = claimsOf(
      'Hachette Livre ne nous a jamais fait d’offre, a déclaré la fondatrice de Margeline Éditions.',
      'fr',
      PUB,
    );
    expect(statements(fr)).toEqual([['Margeline Éditions', 'deny']]);
    expect(deals(fr)).toEqual([['Hachette Livre', 'Margeline Éditions', 'denied']]);
    const en = claimsOf(
      '"Ventrel Group has never made us an offer," said Hal Dorsey, chief executive of Dunmore Foods.',
      'en',
      PUB,
    );
    expect(statements(en)).toEqual([['Dunmore Foods', 'deny']]);
    expect(deals(en)).toEqual([['Ventrel Group', 'Dunmore Foods', 'denied']]);
  });

  it('counter-example: an offer made to someone else is no denial by the speaker', () => {
    const claims = claimsOf(
      'Hachette Livre a fait une offre aux Éditions Margeline, a déclaré la fondatrice de la maison.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.status === 'denied')).toEqual([]);
  });
});

describe('a denial recalled to the reader, a counterfactual « n’existe pas »: no statement', () => {
  it('"Regular readers will recall that X flatly denied last month …", « On se souvient que X avait démenti »', () => {
    for (const [text, lang] of [
      [
        'Regular readers will recall that Halvard flatly denied last month that it had bid for Racing Verlonne.',
        'en',
      ],
      ['On se souvient que Halvard avait démenti en mai toute offre sur le Racing Verlonne.', 'fr'],
    ] as const)
      expect(statements(claimsOf(text, lang, PUB)), text).toEqual([]);
  });

  it('« Sans la musique des majors, une application comme la nôtre n’existe pas »', () => {
    expect(
      statements(
        claimsOf(
          '« Sans la musique des majors, une application comme la nôtre n’existe pas », a expliqué le fondateur de Clipvane.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('counter-examples: a denial told today, a contract said not to exist', () => {
    expect(
      statements(claimsOf('Halvard flatly denied on Monday that it had bid for Racing Verlonne.', 'en', PUB)),
    ).toEqual([['Halvard', 'deny']]);
    expect(
      statements(
        claimsOf(
          '« Le contrat avec Clipvane n’existe pas », a expliqué le fondateur de Sonatrel.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Sonatrel', 'deny']]);
  });
});

describe('a person titled by a bare class noun ("associé gérant du fonds") speaks for the story’s company', () => {
  const lead =
    'Halvard Partners a signé lundi le protocole d’acquisition de 85 % du Racing Verlonne. Jean Maroussel, ';
  const title = 'Lettre n°12 : Halvard signe pour le Racing Verlonne';
  it('« associé gérant du fonds », « directeur général du groupe »', () => {
    for (const t of ['associé gérant du fonds', 'directeur général du groupe'])
      expect(
        statements(
          claimsOf(`${lead}${t}, a confirmé la signature auprès de notre lettre.`, 'fr', PUB, title),
        ),
        t,
      ).toEqual([['Halvard Partners', 'confirm']]);
  });

  it('counter-examples: a partner of another firm, a fund named after the title', () => {
    expect(
      statements(
        claimsOf(
          `${lead}associé du cabinet d'avocats Verlac, a confirmé la signature auprès de notre lettre.`,
          'fr',
          PUB,
          title,
        ),
      ),
    ).toEqual([]);
    expect(
      statements(
        claimsOf(
          `${lead}associé gérant du fonds Corbelle Capital, a confirmé la signature auprès de notre lettre.`,
          'fr',
          PUB,
          title,
        ),
      ),
    ).toEqual([['Corbelle Capital', 'confirm']]);
  });
});

describe('a unit named after its registry parent keeps its full name before an inserted clause', () => {
  it('"BNP Paribas Asset Management, which looked at X two years ago, declined to say whether …"', () => {
    expect(
      statements(
        claimsOf(
          'BNP Paribas Asset Management, which looked at Syrvane Gestion two years ago, declined to say whether it remained interested.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['BNP Paribas Asset Management', 'no_comment']]);
  });

  it('counter-example: a product named after the brand, one word', () => {
    const claims = claimsOf(
      'Les batteries équiperont la citadine Renault Zélia, dont la commercialisation débutera en septembre 2028.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch').map((c) => c.parties)).toEqual([['Renault']]);
  });
});

describe('"There were never any talks with X" is a denial', () => {
  it('the speaker denies, and the takeover the story tells is denied', () => {
    const claims = claimsOf(
      'Ventrel Group was reported on Monday to be preparing a bid for Dunmore Foods. "Dunmore Foods is not for sale. There were never any talks with Ventrel Group," a Dunmore Foods spokesman said.',
      'en',
      PUB,
    );
    expect(statements(claims)).toEqual([['Dunmore Foods', 'deny']]);
    expect(deals(claims)).toEqual([['Ventrel Group', 'Dunmore Foods', 'denied']]);
  });

  it('counter-example: "never any doubts about the talks"', () => {
    const claims = claimsOf(
      'There were never any doubts about the quality of the talks with Ventrel Group, a Dunmore Foods spokesman said.',
      'en',
      PUB,
    );
    expect(statements(claims)).toEqual([]);
    expect(claims.filter((c) => c.status === 'denied')).toEqual([]);
  });
});

describe('"according to Senegalese business site X": an outlet, never a party', () => {
  it('the site is the source of the talks, not one of their sides', () => {
    const claims = claimsOf(
      'Harrowgate Foods is in advanced talks to distribute its yoghurts through the shops of Dunmore Retail, according to Irish business site Corrib Money.',
      'en',
      PUB,
    );
    const talks = claims.filter((c) => c.kind === 'agreement');
    expect(talks.map((c) => [...c.parties].sort())).toEqual([['Dunmore Retail', 'Harrowgate Foods']]);
    expect(talks[0]?.attribution).toBe('Corrib Money');
  });

  it('counter-example: a company’s own site is no outlet', () => {
    const claims = claimsOf(
      'Harrowgate Foods has signed a distribution agreement with Dunmore Retail, according to a statement on its website.',
      'en',
      PUB,
    );
    expect(claims.find((c) => c.kind === 'agreement')?.status).toBe('confirmed');
  });
});
