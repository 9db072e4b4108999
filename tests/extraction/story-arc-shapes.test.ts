import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import { claimsOf, find } from './claims-of.ts';

// Sentences of the shapes the fixture press site showed misread, written anew for each class of error.
const DAY = '2026-03-06';

describe('reported press information is a rumour, not a confirmation', () => {
  it.each([
    [
      'fr',
      'L’action Atos a grimpé de 3,1 % jeudi, après des informations de presse évoquant un partenariat avec Orange.',
    ],
    ['fr', 'Selon la presse, Atos aurait noué un partenariat avec Orange.'],
    ['fr', 'Des articles parus dans la presse évoquent un accord entre Atos et Orange.'],
    ['en', 'Atos shares rose 3% after reports in the French press of a partnership with Orange.'],
  ] as const)('%s: %s', (lang, text) => {
    const agreements = find(claimsOf(text, lang, DAY), 'agreement', ['Atos', 'Orange']);
    expect(agreements.map((c) => c.status)).toEqual(['rumour']);
  });

  it('a party confirming a press report confirms the deal', () => {
    const claims = claimsOf(
      'Atos and Orange have signed a partnership, the two groups announced, confirming a report in the German press.',
      'en',
      DAY,
    );
    expect(find(claims, 'agreement', ['Atos', 'Orange']).map((c) => c.status)).toEqual(['confirmed']);
  });
});

describe('an earlier denial told as background to a deal now signed', () => {
  it('en: past perfect, dated earlier, no denied agreement', () => {
    const claims = claimsOf(
      'Capgemini and Dassault Systèmes have signed a cloud partnership, the two companies announced on Thursday. ' +
        'Back in February, Capgemini had denied any talks with Dassault Systèmes.',
      'en',
      DAY,
    );
    const agreements = find(claims, 'agreement', ['Capgemini', 'Dassault Systèmes']);
    expect(agreements.map((c) => c.status)).toEqual(['confirmed']);
    expect(claims.filter((c) => c.kind !== 'statement' && c.status === 'denied')).toEqual([]);
  });

  it('fr: "encore en janvier ... avait démenti" does not deny the signed deal', () => {
    const claims = claimsOf(
      'Thales et Airbus ont signé un accord dans les satellites, ont annoncé les deux groupes. ' +
        'Encore en janvier, Thales avait démenti toute discussion avec Airbus.',
      'fr',
      DAY,
    );
    expect(find(claims, 'agreement', ['Airbus', 'Thales']).map((c) => c.status)).toEqual(['confirmed']);
  });

  it('a current denial is still a denial', () => {
    const claims = claimsOf(
      'Helvor denied the report on Tuesday, saying it was renewed in August.',
      'en',
      DAY,
    );
    expect(claims.filter((c) => c.kind === 'statement').map((c) => c.status)).toEqual(['denied']);
  });
});

describe('places are not parties', () => {
  it('"Lisbon-based" and a dateline of cities', () => {
    const en = claimsOf(
      'Orange and Lisbon-based Feedzai have signed a partnership, the companies said on Monday.',
      'en',
      DAY,
    );
    expect(en.filter((c) => c.kind === 'agreement').map((c) => c.parties)).toEqual([['Orange', 'Feedzai']]);
    const fr = claimsOf(
      'Lyon et Turin, le 5 mars 2026 – Brevia et Solmano annoncent la signature d’un partenariat industriel.',
      'fr',
      DAY,
    );
    expect(fr.filter((c) => c.kind === 'agreement').map((c) => [...c.parties].sort())).toEqual([
      ['Brevia', 'Solmano'],
    ]);
  });
});

describe('launches', () => {
  it('a day and month without a year, said by the partners', () => {
    const claims = claimsOf(
      'Capgemini and Dassault Systèmes have signed a cloud partnership, the two companies announced on Thursday. ' +
        'The joint service will be available from October 15, the companies said.',
      'en',
      DAY,
    );
    const launches = claims.filter((c) => c.kind === 'launch');
    expect(launches.map((c) => [[...c.parties].sort(), c.eventDate, c.status])).toEqual([
      [['Capgemini', 'Dassault Systèmes'], '2026-10-15', 'confirmed'],
    ]);
  });

  it('a company opening a cloud region on a date', () => {
    const claims = claimsOf(
      'Ubisoft will open its first cloud gaming region, near Montreal, on May 4, 2026, the company said.',
      'en',
      DAY,
    );
    expect(claims.filter((c) => c.kind === 'launch').map((c) => [c.parties, c.eventDate])).toEqual([
      [['Ubisoft'], '2026-05-04'],
    ]);
  });

  it('an offer of two companies is launched by both', () => {
    const claims = claimsOf(
      'La plateforme commune d’Airbus et de Safran sera disponible à partir du 3 novembre 2026.',
      'fr',
      DAY,
    );
    const launches = claims.filter((c) => c.kind === 'launch');
    expect(launches.map((c) => [[...c.parties].sort(), c.eventDate])).toEqual([
      [['Airbus', 'Safran'], '2026-11-03'],
    ]);
  });

  it('an alliance that warns its platform will not open before a year', () => {
    const claims = claimsOf(
      'Bleu a averti que son offre souveraine ne serait pas ouverte avant 2029.',
      'fr',
      DAY,
    );
    const launch = claims.find((c) => c.kind === 'launch');
    expect(launch).toMatchObject({
      parties: ['Bleu'],
      status: 'confirmed',
      eventDate: '2029',
      bound: 'not_before',
    });
  });

  it('opening an office is not a launch', () => {
    const claims = claimsOf('Ubisoft plans to open an office in Lyon by the end of 2026.', 'en', DAY);
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });
});

describe('alliances founded or joined, and no comment with an adverb', () => {
  it('fr: "s’est associé à X au sein de Y" and "a fondé Y avec X"', () => {
    const claims = claimsOf(
      'Sopra Steria s’est associé à Google au sein de Numspot. Safran a pour sa part fondé Helixa avec Airbus.',
      'fr',
      DAY,
    );
    expect(find(claims, 'agreement', ['Google', 'Sopra Steria'])[0]).toMatchObject({
      status: 'confirmed',
      alliance: 'Numspot',
    });
    expect(find(claims, 'agreement', ['Airbus', 'Safran'])[0]).toMatchObject({
      status: 'confirmed',
      alliance: 'Helixa',
    });
  });

  it.each(['Renault n’a pas non plus souhaité s’exprimer.', 'Renault n’a pas davantage voulu commenter.'])(
    '%s',
    (text) => {
      expect(
        claimsOf(text, 'fr', DAY).map((c) => [
          c.kind,
          c.parties,
          c.kind === 'statement' ? c.stance : undefined,
        ]),
      ).toEqual([['statement', ['Renault'], 'no_comment']]);
    },
  );
});

describe('outlets are never parties', () => {
  it('the outlet asking is not the speaker', () => {
    const claims = claimsOf(
      'Contacté par La Gazette Industrielle, Kyriba n’a pas souhaité commenter.',
      'fr',
      DAY,
    );
    expect(claims.map((c) => [c.kind, c.parties])).toEqual([['statement', ['Kyriba']]]);
    const en = claimsOf('Asked by Fintech Weekly, Kyriba declined to comment.', 'en', DAY);
    expect(en.map((c) => c.parties)).toEqual([['Kyriba']]);
  });

  it('a publication named like a company, or holding a registry name, is not that company', () => {
    const claims = claimsOf(
      'Selon nos confrères de Tech Hebdo, Sopra Steria aurait signé un accord avec Talend. Contactée par Tech Hebdo, Talend n’a pas souhaité réagir.',
      'fr',
      DAY,
    );
    expect(claims.flatMap((c) => c.parties)).not.toContain('Tech Hebdo');
    const en = claimsOf('Kering is in talks to buy Valmont, The Ledger Daily reported on Monday.', 'en', DAY);
    expect(en.flatMap((c) => c.parties)).not.toContain('Ledger');
    expect(en.find((c) => c.kind === 'acquisition')?.attribution).toMatch(/Ledger Daily/);
  });

  it('the publisher of the article is not a party', () => {
    const text = 'Orange, Kyriba et Brivane ont noué un partenariat.';
    const read = (publisher?: string) =>
      extractClaims({ text, language: 'fr', publishedAt: DAY, ...(publisher ? { publisher } : {}) }).claims;
    expect(read().flatMap((c) => c.parties)).toContain('Brivane');
    expect(read('Brivane').map((c) => [c.kind, [...c.parties].sort()])).toEqual([
      ['agreement', ['Kyriba', 'Orange']],
    ]);
  });
});
