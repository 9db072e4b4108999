import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 14, claims the engine invents. A company named as outside a deal ("is not part of the new agreement",
 * "is not thought to be part of any discussions") names the deal told elsewhere, not a deal of its own (the French
 * « n'est pas partie à l'opération » already gave none: its cases here guard recall); a count of craft put into
 * orbit (« le lancement de sa prochaine grappe de huit satellites », « en lancer une soixantaine de plus ») is no
 * offer launched. Every suppression has a counter-example: the true claim nearby still fires, and the company left
 * out is still no party. Every sentence is invented for this file.
 */
const PUB = '2029-03-14'; // a Wednesday

describe('a company named as not part of the deal tells no deal of its own', () => {
  it('counter-example: "is not part of the new agreement" after the deal leaves that one deal', () => {
    const claims = claimsOf(
      'Halvorn Media has signed a distribution agreement with Amazon for its Brightloop channel. Netflix is not part of the new agreement, and Halvorn said Brightloop would remain available on its own app.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toHaveLength(1);
    expect(find(claims, 'agreement', ['Halvorn Media', 'Amazon'])).toHaveLength(1);
  });

  it('"is not thought to be part of any discussions" gives no agreement with a regulator named after it', () => {
    const claims = claimsOf(
      "Tarrow Water is in talks with Veolane. The regulated business is not thought to be part of any discussions, and Ofwat's latest ruling leaves Tarrow little headroom.",
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement' && c.parties.includes('Ofwat'))).toEqual([]);
    // The talks told before stay a rumoured agreement.
    expect(find(claims, 'agreement', ['Tarrow Water', 'Veolane'])[0]?.status).toBe('rumour');
  });

  it('counter-example: the deal in the same sentence still fires, without the company left out', () => {
    const claims = claimsOf(
      'Corvane Logistics has signed a ten-year distribution agreement with Maersk, but DHL is not part of the agreement.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Corvane Logistics', 'Maersk'])).toHaveLength(1);
    expect(claims.filter((c) => c.parties.includes('DHL'))).toEqual([]);
  });

  it("counter-example (fr) : l'accord de la même phrase est toujours lu, sans la société tenue à l'écart", () => {
    const claims = claimsOf(
      "Brevane Santé a signé un partenariat avec Orange ; Atos ne fait pas partie de l'accord et garde ses propres centres.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Brevane Santé', 'Orange'])).toHaveLength(1);
    expect(claims.filter((c) => c.parties.includes('Atos'))).toEqual([]);
  });

  it("counter-example (fr) : « n'est pas partie à l'opération » laisse le rachat raconté avant", () => {
    const claims = claimsOf(
      "Brevane Santé a racheté 60 % de Laboratoires Ostrel. Sanofi n'est pas partie à l'opération.",
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Brevane Santé', 'Laboratoires Ostrel'])).toHaveLength(1);
    expect(claims.filter((c) => c.parties.includes('Sanofi'))).toEqual([]);
  });
});

describe('craft put into orbit are no offer launched', () => {
  it("« le lancement de sa prochaine grappe de six satellites » n'est pas un lancement commercial", () => {
    const claims = claimsOf(
      "Le lancement de sa prochaine grappe de six satellites est prévu pour mars 2030 à bord d'une fusée Ariane 6, a indiqué Célestor.",
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it("« compte en lancer une cinquantaine de plus d'ici 2030 » n'est pas un lancement commercial", () => {
    const claims = claimsOf(
      "Célestor, qui exploite 30 satellites et compte en lancer une cinquantaine de plus d'ici 2030, fournira la capacité spatiale.",
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('counter-example : une offre lancée à une date reste un lancement', () => {
    const claims = claimsOf(
      'Célestor lancera son offre de connectivité par satellite pour les entreprises en mars 2030.',
      'fr',
      PUB,
    );
    const launch = claims.find((c) => c.kind === 'launch');
    expect(launch?.kind === 'launch' ? launch.eventDate : undefined).toBe('2030-03');
  });
});
