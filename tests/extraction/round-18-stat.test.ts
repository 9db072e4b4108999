import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Round 18, statements: no-comment and denial shapes the rules did not read.
 * - A no-comment whose words a quote cuts in two (« ne « jamais commenter les rumeurs » », 'did ‘not
 *   comment on market speculation’'), and the UK takeover-code formula that notes the press speculation
 *   ("is aware of the recent press speculation", "notes the press speculation"): the target says nothing.
 * - A second silent company tagged after the first (« …, pas plus que Y », "…, nor did Y").
 * - Denials in other words: "pushed back against speculation", "ruled out any investment", "it is simply
 *   not true".
 * Counter-examples: a quote that comments, "aware of the risks", a stake ruled in, "not true that prices
 * fell" said by an analyst of no company.
 * Every sentence is invented for this file.
 */
const PUB = '2029-11-14';
const stances = (claims: ReturnType<typeof claimsOf>) =>
  claims
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.parties.join('|')}:${c.kind === 'statement' ? c.stance : ''}`)
    .sort();

describe('a no-comment a quote cuts in two', () => {
  it('« Chez X, on indique ne « jamais commenter les rumeurs » »', () => {
    const claims = claimsOf(
      'Selon nos informations, Danone discuterait du rachat de Fromagerie Valbrune. Danone n’a pas souhaité ' +
        'commenter. Chez Valbrune, on indique ne « jamais commenter les rumeurs de marché ».',
      'fr',
      PUB,
    );
    expect(stances(claims)).toContain('Fromagerie Valbrune:no_comment');
  });

  it('"X said it did ‘not comment on market speculation’"', () => {
    const claims = claimsOf(
      'Aviva is said to be weighing a bid for Harlowe Mutual, according to people familiar with the matter. ' +
        'Aviva declined to comment. Harlowe said it did ‘not comment on market speculation’.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Harlowe Mutual:no_comment');
  });

  it('the takeover-code formula: "is aware of the recent press speculation", "notes the press speculation"', () => {
    const aware = claimsOf(
      'Rio Tinto is preparing an approach for Wendale Minerals, the Financial Times reported. Wendale said it ' +
        'was "aware of the recent press speculation" and would update the market as appropriate.',
      'en',
      PUB,
    );
    expect(stances(aware)).toContain('Wendale Minerals:no_comment');
    const notes = claimsOf(
      'Unilever has held early talks to buy Brackwell Teas, Sky News reported. Brackwell said in a statement ' +
        "that it 'notes the press speculation' regarding a possible offer.",
      'en',
      PUB,
    );
    expect(stances(notes)).toContain('Brackwell Teas:no_comment');
  });

  it('counter-example: noting the speculation, then saying no approach came in, is a denial', () => {
    const claims = claimsOf(
      'Lloyds is in early talks to buy Penrith Savings, Sky News reported. Penrith said in a statement that ' +
        'it "notes the press speculation" and that "no approach has been received".',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Penrith Savings:deny']);
  });

  it('counter-example: "aware of the risks" is no statement', () => {
    const claims = claimsOf(
      'Harwick Foods said it was aware of the risks of the new sugar tax and would raise prices.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual([]);
  });
});

describe('a second silent company tagged after the first', () => {
  it('« X n’a pas répondu à nos sollicitations, pas plus que Y »', () => {
    const claims = claimsOf(
      'Eiffage serait en discussions avec Bétons Armoriques, selon nos informations. Eiffage n’a pas répondu ' +
        'à nos sollicitations, pas plus que Bétons Armoriques.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Bétons Armoriques:no_comment', 'Eiffage:no_comment']);
  });

  it('"X declined to comment, nor did Y" / "as did Y"', () => {
    const claims = claimsOf(
      'Siemens is reportedly in talks to buy Corrand Robotics. Siemens declined to comment, as did Corrand Robotics.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Corrand Robotics:no_comment', 'Siemens:no_comment']);
  });

  it('counter-example: « pas plus que » comparing figures names no speaker', () => {
    const claims = claimsOf(
      'Sollicité, Legrand n’a pas souhaité commenter. Son chiffre d’affaires n’a pas progressé, pas plus que celui de Schneider Electric.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Legrand:no_comment']);
  });
});

describe('denials in other words', () => {
  it('"pushed back against speculation that X would invest"', () => {
    const claims = claimsOf(
      'Orvelle AI chief executive Jana Morrow also pushed back against speculation that Nvidia would invest in the lab.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Orvelle AI:deny']);
  });

  it('"used the occasion to rule out any Amazon investment"', () => {
    const claims = claimsOf(
      'Sarnova Labs signed a cloud contract with Amazon on Tuesday. Sarnova Labs also ruled out any Amazon investment in the company.',
      'en',
      PUB,
    );
    expect(stances(claims)).toContain('Sarnova Labs:deny');
  });

  it('counter-example: a rating that rules out nothing of a deal', () => {
    const claims = claimsOf(
      'Brandell Bank ruled out any dividend increase this year after a weak quarter.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual([]);
  });
});

describe('a walk-away, and the rulebook it cites', () => {
  it('« a annoncé qu’il renonçait à faire une offre sur X »: the bid and the statement denied', () => {
    const claims = claimsOf(
      'Selon Reuters, Heineken étudiait une offre sur la Brasserie du Vexin. Heineken a annoncé mardi qu’il ' +
        'renonçait à faire une offre sur la Brasserie du Vexin, faute d’accord sur le prix.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Heineken:deny']);
    expect(
      claims.filter((c) => c.kind === 'acquisition').map((c) => `${c.parties.join('|')}:${c.status}`),
    ).toEqual(['Heineken|Brasserie du Vexin:denied']);
  });

  it('"a statement under Rule 2.8 of the UK Takeover Code": the code is no speaker', () => {
    const claims = claimsOf(
      'In a statement issued under Rule 2.8 of the UK Takeover Code, Anglo American said it "does not intend ' +
        'to make an offer" for Carrick Tin.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Anglo American:deny']);
  });
});
