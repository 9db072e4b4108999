import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Cross round on what a first person, a market report's descriptor and a regional descriptor stand for. */
const DAY = '2029-03-14';

const kinds = (text: string, language: 'fr' | 'en', title?: string) =>
  claimsOf(text, language, DAY, title).map((c) => `${c.kind}:${c.parties.join('+')}:${c.status}`);

describe("a quote's first person is the company whose voice speaks it", () => {
  it('a founder or spokesperson of no company named: the story’s company, not the one the quote names', () => {
    const fr = claimsOf(
      "Brivane Logiciels a bouclé sa levée de fonds. Un blog spécialisé avait prêté à la jeune pousse un partenariat avec Tessora. « Nous n'avons signé aucun accord avec Tessora et nous ne sommes pas en discussion », tranche son cofondateur.",
      'fr',
      DAY,
    );
    expect(find(fr, 'agreement', ['Brivane Logiciels', 'Tessora'])[0]?.status).toBe('denied');
    expect(find(fr, 'statement', ['Tessora'])).toHaveLength(0);
    const en = kinds(
      'Marlow Cartage said on Monday that its fleet had grown by a fifth. "We have signed a maintenance agreement with Penrith Motors for seven years," a spokeswoman said.',
      'en',
    );
    expect(en).toContain('agreement:Marlow Cartage+Penrith Motors:confirmed');
  });

  it('an officer introduced earlier speaks for the company the article gave them, by name or as "he"/"she"', () => {
    const named = kinds(
      'Halvern Foods’ chief executive Marta Quill unveiled the group’s plans on Tuesday. Dorrow Mills declined to comment on the rumours. "We have signed a supply agreement with Carbell Farms to source oats for five years," Quill said.',
      'en',
    );
    expect(named).toContain('agreement:Halvern Foods+Carbell Farms:confirmed');
    expect(named.some((c) => c.startsWith('agreement:Dorrow Mills'))).toBe(false);
    const pronoun = kinds(
      'Kestrel Bay Foods reported higher sales on Monday. Kestrel Bay Foods chief executive Aidan Roe told analysts that Brantford Logistics, which had bid for the unit, was not involved. "We have signed a distribution agreement with Norvik Retail," he said.',
      'en',
    );
    expect(pronoun).toContain('agreement:Kestrel Bay Foods+Norvik Retail:confirmed');
    const fr = kinds(
      "Isabelle Marrec, directrice générale de Coralis Santé, a présenté mardi ses résultats. Le concurrent Vastel Médical n'a pas commenté. « Nous avons signé un accord de distribution avec Pharmélis », a déclaré Isabelle Marrec.",
      'fr',
    );
    expect(fr).toContain('agreement:Coralis Santé+Pharmélis:confirmed');
  });

  it('an outsider’s "we" or a voice of no company gives the story’s company nothing', () => {
    const analyst = kinds(
      'Dravon Labs shares rose 3% on Monday. "We expect them to sign a partnership with Pellham Group within weeks," said Ana Ruiz, an analyst at Corbel Securities.',
      'en',
    );
    expect(analyst.some((c) => c.startsWith('agreement:Dravon Labs'))).toBe(false);
    const minister = kinds(
      "Ostrelia a présenté mardi sa nouvelle usine. « Nous avons signé un accord avec Tessora Énergie », a déclaré le ministre de l'Industrie.",
      'fr',
    );
    expect(minister.some((c) => c.startsWith('agreement:Ostrelia'))).toBe(false);
  });
});

describe("a market report's descriptor after a move is the company that moved", () => {
  it('"X rose 4.8% after the Houston-based developer won …" adds no third party', () => {
    const en = kinds(
      'Corvane Energy rose 4.8% after the Houston-based developer won a $300 million contract to build battery storage for Duke Energy.',
      'en',
    );
    expect(en).toContain('agreement:Corvane Energy+Duke Energy:confirmed');
    expect(en.filter((c) => c.startsWith('agreement:'))).toHaveLength(1);
    const fr = kinds(
      "Lorvane a bondi de 6,1 % après que l'éditeur lyonnais a signé un partenariat avec Capgemini.",
      'fr',
    );
    expect(fr).toContain('agreement:Lorvane+Capgemini:confirmed');
  });
});

describe('a French regional descriptor is no foreign company', () => {
  it('"le groupe corrézien" after a paragraph naming foreign bidders is the story’s French company', () => {
    const claims = kinds(
      "Valdrac Systèmes dément toute vente à Hensoldt. Le fabricant de radars de Brive, Valdrac Systèmes, a démenti jeudi tout projet de cession.\n\nPour les analystes, Leonardo reste un prétendant crédible.\n\nLe groupe corrézien a par ailleurs annoncé jeudi la signature d'un accord de coopération avec Safran.",
      'fr',
    );
    expect(claims).toContain('agreement:Valdrac Systèmes+Safran:confirmed');
    expect(claims.some((c) => c.startsWith('agreement:Leonardo'))).toBe(false);
  });
});
