import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/** Cross round on what a bare stock word and a role noun stand for. */
const DAY = '2029-03-12';

const kinds = (text: string, language: 'fr' | 'en', title?: string) =>
  claimsOf(text, language, DAY, title).map((c) => `${c.kind}:${c.parties.join('+')}:${c.status}`);

describe('a bare "le titre", "l’action", "the stock" is the listed company in view', () => {
  it('not the news agency or the bidder told of last, but the company whose stock the article names', () => {
    const agency = kinds(
      'Le groupe allemand Dornfeld a démenti jeudi être en négociations avec le fabricant corrézien Ventarel. L’agence Morlaix avait affirmé jeudi matin que Dornfeld s’apprêtait à acquérir 60 % de Ventarel. L’information avait propulsé le titre, qui a clôturé jeudi en hausse de 7,8 %. Les actionnaires de Ventarel restent prudents.',
      'fr',
    );
    expect(agency).toContain('share_move:Ventarel:confirmed');
    expect(agency.filter((c) => c.startsWith('share_move:'))).toHaveLength(1);
    const licence = kinds(
      'Le laboratoire Ostéval a démenti mardi toute négociation avec Brenmark. La lettre Pharmavue avait écrit lundi que le groupe suisse Brenmark discutait d’une licence. L’information avait fait bondir le titre de 18,5 % lundi. Mardi, l’action Ostéval a reculé.',
      'fr',
      'Ostéval dément toute négociation avec Brenmark',
    );
    expect(licence).toContain('share_move:Ostéval:confirmed');
    expect(licence.some((c) => c.startsWith('share_move:Brenmark'))).toBe(false);
    const report = kinds(
      'Calder Holdings denied on Tuesday that it was preparing a bid for Wexley Foods. Wexley shares had jumped on Monday. Bloomberg had reported on Monday that Calder was in talks to buy the snacks maker. The stock closed 9.4% higher on Monday.',
      'en',
      'Calder Holdings denies Wexley Foods bid',
    );
    expect(report).toContain('share_move:Wexley Foods:confirmed');
    expect(report.some((c) => c.startsWith('share_move:Calder'))).toBe(false);
  });

  it('a public offer is for a listed company: the bare stock after it is the target’s', () => {
    const fr = kinds(
      'Le fonds Ostrane Capital a annoncé mardi une offre publique d’achat sur le fabricant de valves Quervel, à 31 euros par action. Le titre a gagné 12,4 % mardi.',
      'fr',
    );
    expect(fr).toContain('share_move:Quervel:confirmed');
    expect(fr.some((c) => c.startsWith('share_move:Ostrane'))).toBe(false);
    const en = kinds(
      'Harbury Partners, a private equity firm, launched a tender offer for the pump maker Coldane on Monday. The stock rose 14.2% on Monday.',
      'en',
    );
    expect(en).toContain('share_move:Coldane:confirmed');
    expect(en.some((c) => c.startsWith('share_move:Harbury'))).toBe(false);
  });

  it('counter-examples: a possessive is the topic’s, and a named stock stays its company’s', () => {
    // "Son action": the subject's, even when another company's shareholders were named.
    const possessive = kinds(
      'Tarvena Logistics a confirmé lundi des discussions avec les actionnaires d’Helmont. Son action a gagné 3,1 % lundi.',
      'fr',
    );
    expect(possessive).toContain('share_move:Tarvena Logistics:confirmed');
    expect(possessive.some((c) => c.startsWith('share_move:Helmont'))).toBe(false);
    const named = kinds(
      'Le fonds Ostrane Capital a annoncé mardi une offre publique d’achat sur Quervel. Le titre Ostrane a gagné 2 % mardi.',
      'fr',
    );
    expect(named.some((c) => c.startsWith('share_move:Quervel'))).toBe(false);
  });
});

describe('a role noun in a relative clause after a name introduces no role of that name', () => {
  it('"X, dont la coopérative est adhérente": the later "la coopérative" is the one introduced before', () => {
    const coop = kinds(
      "La coopérative agricole Marvenne s'allie aux Moulins Teyssac. Le groupe Varcelis, dont la coopérative est adhérente, ne participe pas au projet. La coopérative a par ailleurs obtenu en février la certification Haute valeur environnementale.",
      'fr',
    );
    expect(coop).toContain('certification:Marvenne:confirmed');
    expect(coop.some((c) => c.startsWith('certification:Varcelis'))).toBe(false);
    const mutual = kinds(
      "La mutuelle Carvène s'allie à Aubrelis. Le groupe Tessane, dont la mutuelle est cliente, n'est pas associé. La mutuelle a par ailleurs obtenu la certification ISO 27001.",
      'fr',
    );
    expect(mutual).toContain('certification:Carvène:confirmed');
    expect(mutual.some((c) => c.startsWith('certification:Tessane'))).toBe(false);
  });

  it('counter-example: an apposition still introduces its name’s role', () => {
    const apposed = kinds(
      "Ostrévia, la coopérative du Gers, s'allie aux Moulins Teyssac. La coopérative a par ailleurs obtenu en février la certification HVE.",
      'fr',
    );
    expect(apposed).toContain('certification:Ostrévia:confirmed');
  });
});
