import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 17, denials: what kind of deal a denial denies, and when a denial is only recalled.
 * - Talks denied under a deal noun of their own ("no licensing discussion with X", « aucune discussion sur
 *   une cession de droits ») deny that licence or partnership, not a takeover, even in an article that
 *   speaks of selling: rights sold are a licence, not the company.
 * - A denial told as an old fact of a report ("reports, later denied, that …", « la rumeur …, démentie
 *   depuis », "X, which earlier this month denied a report …", « quelques jours après les rumeurs …,
 *   démenties par … ») is background to the article's own news: no statement of this article.
 * Counter-examples: bare talks denied beside words about selling the company stay a denied takeover; a
 * denial of the day told with a participle or a relative clause stays a statement.
 * Every sentence is invented for this file.
 */
const PUB = '2029-10-18';
const stances = (claims: ReturnType<typeof claimsOf>) =>
  claims
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.parties.join('|')}:${c.kind === 'statement' ? c.stance : ''}`)
    .sort();

describe('the kind of a denied deal', () => {
  it('"no licensing discussion with X" under a takeover headline is a denied agreement', () => {
    const claims = claimsOf(
      'A Korean daily said on Wednesday that Sony was in talks to license the noise-cancelling software of ' +
        'Tessaly Audio. "There is no licensing discussion with Sony, and there has not been one," Tessaly ' +
        'chief executive Aino Varpula said on Thursday.',
      'en',
      PUB,
      'Tessaly Audio shares slide as takeover chatter fades',
    );
    expect(find(claims, 'acquisition', ['Sony', 'Tessaly Audio'])).toEqual([]);
    expect(find(claims, 'agreement', ['Sony', 'Tessaly Audio']).map((c) => c.status)).toEqual(['denied']);
  });

  it('« aucune discussion avec X » après une rumeur de cession de droits : un accord démenti', () => {
    const claims = claimsOf(
      'Cinéfolio a démenti jeudi être en négociation avec Netflix pour la cession de droits sur une partie ' +
        'de son catalogue. « Il n’y a aucune discussion avec Netflix, ni sur nos films ni sur autre chose », ' +
        'a déclaré sa présidente, Claire Anvers.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Netflix', 'Cinéfolio'])).toEqual([]);
  });

  it('counter-example: talks denied beside words about selling the company stay a denied takeover', () => {
    const claims = claimsOf(
      'Borvalle Textiles a démenti jeudi les informations sur une cession à Inditex. « Il n’y a aucune ' +
        'discussion avec Inditex. L’entreprise n’est pas à vendre », a déclaré son président, Marc Olivard.',
      'fr',
      PUB,
    );
    const denied = find(claims, 'acquisition', ['Inditex', 'Borvalle Textiles']);
    expect(denied.map((c) => c.status)).toEqual(['denied']);
  });
});

describe('a denial only recalled is no statement of the article', () => {
  it('"on rumours - later denied - that X wanted to buy control of it"', () => {
    const claims = claimsOf(
      'Tarrow Glass, whose shares spiked in June on rumours - later denied - that Saint-Gobain wanted to buy ' +
        'control of it, slipped 0.9% in London.',
      'en',
      PUB,
    );
    expect(stances(claims).filter((s) => s.endsWith(':deny'))).toEqual([]);
  });

  it('"X, which earlier this month denied a report that …, did not say"', () => {
    const claims = claimsOf(
      'Carvel Media signed a two-year contract with Ampleview on Wednesday. Carvel, which earlier this month ' +
        'denied a report that Disney was in talks to buy 30% of its studio, did not say what the contract was worth.',
      'en',
      PUB,
    );
    expect(stances(claims).filter((s) => s.endsWith(':deny'))).toEqual([]);
  });

  it('« la rumeur d’une entrée de X à son capital, démentie depuis »', () => {
    const claims = claimsOf(
      'Maison Perlane a gagné 0,4 %, loin de ses sommets du mois dernier, lorsque la rumeur d’une entrée de ' +
        'Kering à son capital, démentie depuis, avait fait flamber le titre.',
      'fr',
      PUB,
    );
    expect(stances(claims).filter((s) => s.endsWith(':deny'))).toEqual([]);
  });

  it('« quinze jours après les rumeurs …, démenties par l’éditeur »', () => {
    const claims = claimsOf(
      'Cegedim a annoncé mercredi le rachat de Sorbelle Santé. L’opération intervient quinze jours après les ' +
        'rumeurs d’un intérêt de Philips pour Médivaux, démenties par l’éditeur lyonnais.',
      'fr',
      PUB,
    );
    expect(stances(claims).filter((s) => s.endsWith(':deny'))).toEqual([]);
  });

  it('counter-example: a denial of the day told with a participle stays a denial (whoever speaks)', () => {
    const claims = claimsOf(
      'Les rumeurs d’un rachat de Médivaux par Philips, démenties mardi par Médivaux, ont fait bondir le titre.',
      'fr',
      PUB,
    );
    expect(stances(claims).some((s) => s.endsWith(':deny'))).toBe(true);
  });

  it('counter-example: « quelques jours après les rumeurs …, X a démenti » is the denial of the day', () => {
    const claims = claimsOf(
      'Trois jours après les rumeurs d’un intérêt de Philips, Médivaux a démenti mardi toute discussion avec le groupe néerlandais.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toContain('Médivaux:deny');
  });

  it('counter-example: "X, which on Wednesday denied the report, said" stays a statement', () => {
    const claims = claimsOf(
      'Carvel Media, which on Wednesday denied a report that Disney was in talks to buy it, said its board ' +
        'had received no approach.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Carvel Media:deny');
  });
});

describe('a participle after a comma speaks for the sentence subject', () => {
  it('"X has rejected an approach from Y, confirming on Monday that it had received a proposal"', () => {
    const claims = claimsOf(
      'Ardsley Mutual has turned down an unsolicited approach from Pennock Partners, confirming on Monday ' +
        'that it had received a proposal worth 412p a share.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Ardsley Mutual:confirm');
    expect(stances(claims)).not.toContain('Pennock Partners:confirm');
  });

  it('"X has abandoned its pursuit of Y, saying that it did not intend to make an offer": the bidder denies', () => {
    const claims = claimsOf(
      'Pennock Partners has walked away from Ardsley Mutual, saying on Tuesday evening that it did not intend ' +
        'to make an offer for the insurer.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Pennock Partners:deny');
    expect(stances(claims)).not.toContain('Ardsley Mutual:deny');
  });

  it('counter-example: "X and Y have signed …, confirming a deal first reported" is no one side\'s statement', () => {
    const claims = claimsOf(
      'Norlune Ferries and Brittany Ferries have signed a ticketing agreement, confirming a deal first reported ' +
        'by a shipping weekly last month.',
      'en',
      PUB,
    );
    expect(stances(claims)).not.toContain('Norlune Ferries:confirm');
  });

  it('counter-example: a quoted officer after the participle still names the speaker', () => {
    const claims = claimsOf(
      'Ardsley Mutual has turned down an approach from Pennock Partners. "We have made no offer," a Pennock ' +
        'Partners spokesman said.',
      'en',
      PUB,
    );
    expect(stances(claims)).not.toContain('Ardsley Mutual:deny');
  });
});
