import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 13, strict: claims found with the right parties but the wrong status or stance. A party's later
 * confirmation or denial settles the rumour it speaks of, and only that one: talks confirmed are still
 * talks, a confirmation of results or targets says nothing of a deal, a denial of another deal leaves
 * this one a rumour; denials worded without "deny" are denials.
 * Every sentence is invented for this file, with other companies than the corpora's.
 */
const PUB = '2029-03-14'; // a Wednesday

const statusOf = (
  claims: ReturnType<typeof claimsOf>,
  kind: 'acquisition' | 'agreement',
  parties: string[],
) => find(claims, kind, parties).map((c) => c.status);

describe('a confirmation settles the rumour only when it confirms the deal', () => {
  it('en: talks a party confirms are still talks', () => {
    const claims = claimsOf(
      'Brackwell Foods is in talks to buy Linthorpe Dairies, people familiar with the matter said.\n\nLinthorpe Dairies confirmed on Tuesday that it was in preliminary discussions with Brackwell Foods and said no decision had been taken.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Brackwell Foods', 'Linthorpe Dairies'])).toEqual(['rumour']);
  });

  it('fr: « a confirmé être en discussions » keeps the deal a rumour', () => {
    const claims = claimsOf(
      'Valmorel Industrie serait en négociations pour racheter Coustel Fonderie, selon nos informations.\n\nCoustel Fonderie a confirmé mercredi être en discussions avec Valmorel Industrie.',
      'fr',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Valmorel Industrie', 'Coustel Fonderie'])).toEqual(['rumour']);
  });

  it('fr: a confirmed target or a confirmed outlook is no confirmation of the deal, and no statement', () => {
    const claims = claimsOf(
      'Valmorel Industrie aurait approché Coustel Fonderie en vue d’un rachat, selon Les Echos.\n\nEn mars, Coustel Fonderie a confirmé l’objectif d’une marge de 12 % pour l’exercice.\n\nFin mai, elle a publié des ventes en hausse et un objectif annuel confirmé.',
      'fr',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Valmorel Industrie', 'Coustel Fonderie'])).toEqual(['rumour']);
    expect(claims.filter((c) => c.kind === 'statement')).toEqual([]);
  });

  it('en: a confirmed outlook leaves the bid a rumour', () => {
    const claims = claimsOf(
      'Brackwell Foods is reportedly weighing a bid for Linthorpe Dairies.\n\nLinthorpe Dairies confirmed its full-year outlook on Tuesday and said margins would improve.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Brackwell Foods', 'Linthorpe Dairies'])).toEqual(['rumour']);
  });

  it('counter-example: talks a party confirms in the deal’s own sentence are its word', () => {
    const claims = claimsOf(
      'Linthorpe Dairies confirmed on Monday that it was in talks with Brackwell Foods about a possible cash offer for the company.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Brackwell Foods', 'Linthorpe Dairies'])).toEqual(['confirmed']);
  });

  it('counter-examples: a confirmed agreement, « a confirmé l’information », exclusive negotiations confirmed', () => {
    const agreed = claimsOf(
      'Brackwell Foods is reportedly preparing a bid for Linthorpe Dairies.\n\nLinthorpe Dairies confirmed on Tuesday that it had agreed to be bought by Brackwell Foods.',
      'en',
      PUB,
    );
    expect(statusOf(agreed, 'acquisition', ['Brackwell Foods', 'Linthorpe Dairies'])).toEqual(['confirmed']);
    const info = claimsOf(
      'Valmorel Industrie aurait approché Coustel Fonderie en vue d’un rachat, selon Les Echos.\n\nCoustel Fonderie a confirmé l’information mercredi.',
      'fr',
      PUB,
    );
    expect(statusOf(info, 'acquisition', ['Valmorel Industrie', 'Coustel Fonderie'])).toEqual(['confirmed']);
    const exclusive = claimsOf(
      'Brackwell Foods is reportedly weighing a bid for Linthorpe Dairies.\n\nLinthorpe Dairies confirmed on Tuesday that it had entered exclusive negotiations with Brackwell Foods.',
      'en',
      PUB,
    );
    expect(statusOf(exclusive, 'acquisition', ['Brackwell Foods', 'Linthorpe Dairies'])).toEqual([
      'confirmed',
    ]);
  });
});

describe('a denial of another deal leaves this one a rumour', () => {
  it('en: the carmaker denied talks with a third company', () => {
    const claims = claimsOf(
      'Stellwood Motors is in advanced talks to buy chips from Varnell Semiconductors, according to people familiar with the matter.\n\nStellwood Motors declined to comment.\n\nThe carmaker last month denied being in talks to take a stake in the battery maker Ostrava Cells, after a trade paper reported it was weighing an investment.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'agreement', ['Stellwood Motors', 'Varnell Semiconductors'])).toEqual(['rumour']);
    expect(statusOf(claims, 'acquisition', ['Stellwood Motors', 'Ostrava Cells'])).toEqual(['denied']);
  });

  it('fr: « avait démenti … tout intérêt pour une autre biotech »', () => {
    const claims = claimsOf(
      'Selon Les Echos, Lavandier Pharma négocierait l’acquisition d’une participation dans Corbel Bio.\n\nLavandier Pharma n’a pas souhaité commenter.\n\nLe laboratoire avait en revanche démenti en mars tout intérêt pour une autre biotech, Nérac Santé, que la presse lui prêtait l’intention de racheter.',
      'fr',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Lavandier Pharma', 'Corbel Bio'])).toEqual(['rumour']);
  });

  it('fr: an old denial told in the pluperfect (« avait en revanche démenti ») settles nothing now', () => {
    const claims = claimsOf(
      'Selon Les Echos, Lavandier Pharma négocierait l’acquisition d’une participation dans Corbel Bio.\n\nLavandier Pharma n’a pas souhaité commenter.\n\nLe laboratoire avait en revanche démenti en mars tout intérêt pour une autre société, Nérac.',
      'fr',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Lavandier Pharma', 'Corbel Bio'])).toEqual(['rumour']);
  });

  it('counter-example: a denial naming the deal settles it wherever the speaker names it', () => {
    const claims = claimsOf(
      'Stellwood Motors is in talks to buy Varnell Semiconductors, according to people familiar with the matter.\n\nStellwood Motors on Tuesday denied that it was negotiating with Varnell Semiconductors.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Stellwood Motors', 'Varnell Semiconductors'])).toEqual([
      'denied',
    ]);
  });
});

describe('denials worded without "deny"', () => {
  it('en: "We are not pursuing a purchase of X"', () => {
    const claims = claimsOf(
      'Kelbrook Pharma was reported to be weighing a takeover of Ostrander Labs.\n\n"We are not pursuing a purchase of Ostrander Labs," a Kelbrook Pharma spokeswoman said on Monday.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Kelbrook Pharma', 'Ostrander Labs'])).toEqual(['denied']);
    const s = find(claims, 'statement', ['Kelbrook Pharma'])[0];
    expect(s?.kind === 'statement' ? s.stance : undefined).toBe('deny');
  });

  it('en: "There is no alliance and no negotiation with X"', () => {
    const claims = claimsOf(
      'Trevane Energy is said to be negotiating an alliance with Pellmar Grid.\n\n"There is no alliance and no negotiation with Pellmar," a Trevane Energy spokesman said on Friday.',
      'en',
      PUB,
    );
    expect(statusOf(claims, 'agreement', ['Trevane Energy', 'Pellmar Grid'])).toEqual(['denied']);
  });

  it('fr: « jamais été question » between quotation marks', () => {
    const claims = claimsOf(
      'Selon la presse, Nestlé serait candidat au rachat d’Ardelle Biscuits.\n\nIl n’a « jamais été question » de céder Ardelle Biscuits à Nestlé, a assuré son PDG.',
      'fr',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Nestlé', 'Ardelle Biscuits'])).toEqual(['denied']);
  });

  it('fr: confirming that « aucune négociation n’a eu lieu » is a denial', () => {
    const claims = claimsOf(
      'Airbus aurait approché Morlanne Aéro en vue d’un rachat.\n\nLe PDG de Morlanne Aéro, Jean Valette, a confirmé jeudi à l’AFP qu’« aucune négociation n’a eu lieu avec Airbus ».',
      'fr',
      PUB,
    );
    expect(statusOf(claims, 'acquisition', ['Airbus', 'Morlanne Aéro'])).toEqual(['denied']);
    const s = find(claims, 'statement', ['Morlanne Aéro'])[0];
    expect(s?.kind === 'statement' ? s.stance : undefined).toBe('deny');
  });

  it('counter-examples: "not pursuing" a strategy, « a confirmé » a signed deal', () => {
    const strategy = claimsOf(
      'Kelbrook Pharma said it had agreed to buy Ostrander Labs. Its chief executive said the group was not pursuing a growth strategy in generics.',
      'en',
      PUB,
    );
    expect(statusOf(strategy, 'acquisition', ['Kelbrook Pharma', 'Ostrander Labs'])).toEqual(['confirmed']);
    const signed = claimsOf(
      'Airbus aurait approché Morlanne Aéro.\n\nMorlanne Aéro a confirmé jeudi qu’aucune autre offre n’avait été reçue et que l’accord de rachat avec Airbus avait été signé.',
      'fr',
      PUB,
    );
    expect(statusOf(signed, 'acquisition', ['Airbus', 'Morlanne Aéro']).length).toBeGreaterThan(0);
  });
});
