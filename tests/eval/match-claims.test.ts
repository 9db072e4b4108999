import { describe, expect, it } from 'vitest';
import type { GoldClaim } from '../../bench/eval/gold-article.ts';
import type { PredictedClaim } from '../../bench/eval/match-claims.ts';
import {
  evidenceOverlaps,
  flattenClaim,
  matchArticle,
  samePartySet,
  strictDifferences,
} from '../../bench/eval/match-claims.ts';

const atosUp: GoldClaim = {
  kind: 'share_move',
  parties: ['Atos'],
  status: 'confirmed',
  percent: 9,
  direction: 'up',
  eventDate: '2024-11-25',
  evidence: 'après avoir gagné près de 9 % lundi',
};
const atosDown: GoldClaim = {
  kind: 'share_move',
  parties: ['Atos'],
  status: 'confirmed',
  percent: 4.6,
  direction: 'down',
  eventDate: '2024-11-27',
  evidence: 'l’action Atos a perdu 4,6\u202f% mercredi',
};

function predicted(
  claim: Partial<PredictedClaim> & Pick<PredictedClaim, 'kind' | 'parties'>,
): PredictedClaim {
  return { status: 'confirmed', evidence: '', ...claim };
}

describe('samePartySet', () => {
  it('ignores order, case, accents and punctuation', () => {
    expect(samePartySet(['Thalès', 'Airbus'], ['airbus', 'THALES'])).toBe(true);
    expect(samePartySet(['Ondine Énergie'], ['ondine energie'])).toBe(true);
    expect(samePartySet(['Bouygues Telecom'], ['Bouygues-Telecom'])).toBe(true);
  });

  it('refuses a subset, a superset or another company', () => {
    expect(samePartySet(['Orange', 'Kerlys Data'], ['Orange'])).toBe(false);
    expect(samePartySet(['Orange'], ['Orange', 'Capgemini'])).toBe(false);
    expect(samePartySet(['Bouygues'], ['Bouygues Telecom'])).toBe(false);
  });
});

describe('evidenceOverlaps', () => {
  it('finds the gold substring in a sentence despite no-break spaces and curly apostrophes', () => {
    const sentence =
      "À la Bourse de Paris, l'action Atos a perdu 4,6 % mercredi, après avoir gagné près de 9 % lundi.";
    expect(evidenceOverlaps(atosDown.evidence, sentence)).toBe(true);
    expect(evidenceOverlaps(atosUp.evidence, sentence)).toBe(true);
  });

  it('accepts a sentence cut differently when a long stretch is shared, refuses an unrelated one', () => {
    const gold =
      'Orange et Kerlys Data auraient engagé des discussions avancées pour fonder une coentreprise';
    expect(evidenceOverlaps(gold, 'Kerlys Data auraient engagé des discussions avancées.')).toBe(true);
    expect(evidenceOverlaps(gold, 'Orange n’a pas souhaité commenter.')).toBe(false);
    expect(evidenceOverlaps(gold, '')).toBe(false);
  });
});

describe('matchArticle', () => {
  it('pairs same-kind, same-party claims one to one, preferring the overlapping evidence', () => {
    const first = predicted({
      kind: 'share_move',
      parties: ['Atos'],
      percent: 4.6,
      direction: 'down',
      evidence: "l'action Atos a perdu 4,6 % mercredi",
    });
    const second = predicted({
      kind: 'share_move',
      parties: ['atos'],
      percent: 9,
      direction: 'up',
      evidence: 'après avoir gagné près de 9 % lundi',
    });
    // Gold order and prediction order disagree: without the evidence preference the values would cross.
    const match = matchArticle([atosUp, atosDown], [first, second]);
    expect(match.pairs.map((pair) => [pair.gold, pair.predicted])).toEqual([
      [atosUp, second],
      [atosDown, first],
    ]);
    expect(match.misses).toEqual([]);
    expect(match.falsePositives).toEqual([]);
  });

  it('pairs two moves told in one sentence by their values, not by the order they come in', () => {
    const sentence =
      'Le titre Brevannes a fini en hausse de 12,5 % mardi, après avoir déjà pris 3,8 % lundi.';
    const tuesday: GoldClaim = {
      kind: 'share_move',
      parties: ['Brevannes'],
      status: 'confirmed',
      percent: 12.5,
      direction: 'up',
      eventDate: '2027-03-09',
      evidence: 'Le titre Brevannes a fini en hausse de 12,5 % mardi',
    };
    const monday: GoldClaim = {
      ...tuesday,
      percent: 3.8,
      eventDate: '2027-03-08',
      evidence: 'après avoir déjà pris 3,8 % lundi',
    };
    const readMonday = predicted({
      kind: 'share_move',
      parties: ['Brevannes'],
      percent: 3.8,
      direction: 'up',
      eventDate: '2027-03-08',
      evidence: sentence,
    });
    const readTuesday = { ...readMonday, percent: 12.5, eventDate: '2027-03-09' };
    // Both predictions share the sentence, so both overlap both gold claims: the values must decide.
    const match = matchArticle([tuesday, monday], [readMonday, readTuesday]);
    expect(match.pairs.map((pair) => [pair.gold, pair.predicted])).toEqual([
      [tuesday, readTuesday],
      [monday, readMonday],
    ]);
    expect(match.pairs.every((pair) => strictDifferences(pair.gold, pair.predicted).length === 0)).toBe(true);
  });

  it('still prefers the overlapping evidence to agreeing values found in another sentence', () => {
    const monday: GoldClaim = { ...atosUp, evidence: 'Atos a gagné 9 % lundi' };
    const wednesday: GoldClaim = { ...atosDown, evidence: 'Atos a perdu 4,6 % mercredi' };
    // Each prediction sits in its gold claim's sentence with the other claim's values: a value-first
    // pairing would reward two misread sentences, so the evidence keeps the first word.
    const misreadMonday = predicted({
      kind: 'share_move',
      parties: ['Atos'],
      percent: 4.6,
      direction: 'down',
      eventDate: '2024-11-27',
      evidence: 'Atos a gagné 9 % lundi, porté par des rumeurs.',
    });
    const misreadWednesday = predicted({
      kind: 'share_move',
      parties: ['Atos'],
      percent: 9,
      direction: 'up',
      eventDate: '2024-11-25',
      evidence: 'Atos a perdu 4,6 % mercredi, faute de confirmation.',
    });
    const match = matchArticle([monday, wednesday], [misreadMonday, misreadWednesday]);
    expect(match.pairs.map((pair) => [pair.gold, pair.predicted])).toEqual([
      [monday, misreadMonday],
      [wednesday, misreadWednesday],
    ]);
  });

  it('counts a second prediction of the same event as a false positive', () => {
    const agreement: GoldClaim = {
      kind: 'agreement',
      parties: ['Atos', 'Nuvélia'],
      status: 'confirmed',
      evidence: 'ont signé lundi un partenariat',
    };
    const signed = predicted({
      kind: 'agreement',
      parties: ['Nuvelia', 'Atos'],
      evidence: 'Atos et Nuvélia ont signé lundi un partenariat.',
    });
    const oldDenial = predicted({
      kind: 'agreement',
      parties: ['Atos', 'Nuvélia'],
      status: 'denied',
      evidence: 'En 2022, Atos avait démenti toute discussion avec Nuvélia.',
    });
    const match = matchArticle([agreement], [oldDenial, signed]);
    expect(match.pairs).toHaveLength(1);
    expect(match.pairs[0]?.predicted).toBe(signed);
    expect(match.falsePositives).toEqual([oldDenial]);
  });

  it('does not match across kinds or party sets', () => {
    const gold: GoldClaim = {
      kind: 'acquisition',
      parties: ['Castelane', 'Pontavia'],
      status: 'confirmed',
      evidence: 'offre publique d’achat sur Pontavia',
    };
    const wrongKind = predicted({
      kind: 'agreement',
      parties: ['Castelane', 'Pontavia'],
      evidence: 'offre publique d’achat sur Pontavia',
    });
    const wrongParties = predicted({
      kind: 'acquisition',
      parties: ['Castelane', 'Marbeuf Capital'],
      evidence: 'offre publique d’achat sur Pontavia',
    });
    const match = matchArticle([gold], [wrongKind, wrongParties]);
    expect(match.pairs).toEqual([]);
    expect(match.misses).toEqual([gold]);
    expect(match.falsePositives).toEqual([wrongKind, wrongParties]);
  });

  it('neither rewards nor punishes optional claims, and gives required ones the first pick', () => {
    const required: GoldClaim = {
      kind: 'statement',
      parties: ['Atos'],
      status: 'rumour',
      stance: 'no_comment',
      evidence: 'Atos n’a pas donné suite',
    };
    const optional: GoldClaim = {
      kind: 'statement',
      parties: ['Atos'],
      status: 'denied',
      stance: 'deny',
      evidence: 'Atos avait démenti en 2022',
      optional: true,
    };
    const only = predicted({
      kind: 'statement',
      parties: ['Atos'],
      status: 'rumour',
      stance: 'no_comment',
      evidence: 'Sans rapport.',
    });
    const one = matchArticle([optional, required], [only]);
    expect(one.pairs.map((pair) => pair.gold)).toEqual([required]);
    expect(one.misses).toEqual([]);
    expect(one.optionalHits).toEqual([]);

    const denial = predicted({
      kind: 'statement',
      parties: ['Atos'],
      status: 'denied',
      stance: 'deny',
      evidence: 'En 2022, Atos avait démenti en 2022 toute discussion.',
    });
    const two = matchArticle([optional], [denial]);
    expect(two.optionalHits.map((pair) => pair.predicted)).toEqual([denial]);
    expect(two.falsePositives).toEqual([]);
    expect(matchArticle([optional], []).misses).toEqual([]);
  });
});

describe('strictDifferences', () => {
  it('checks percent, direction and the day of a share move', () => {
    const right = predicted({
      kind: 'share_move',
      parties: ['Atos'],
      percent: 4.6,
      direction: 'down',
      eventDate: '2024-11-27',
    });
    expect(strictDifferences(atosDown, right)).toEqual([]);
    expect(strictDifferences(atosDown, { ...right, percent: 46 })).toHaveLength(1);
    expect(strictDifferences(atosDown, { ...right, direction: 'up' })).toHaveLength(1);
    expect(strictDifferences(atosDown, { ...right, eventDate: '2024-11-28' })).toEqual([
      'eventDate 2024-11-27 ≠ 2024-11-28',
    ]);
    const { eventDate: _, ...undated } = atosDown;
    expect(strictDifferences(undated, { ...right, eventDate: '2024-11-28' })).toEqual([]);
  });

  it('checks the status of every kind', () => {
    const gold: GoldClaim = {
      kind: 'acquisition',
      parties: ['Google', 'Quantis Robotics'],
      status: 'rumour',
      evidence: 'aurait entamé des discussions',
    };
    const asConfirmed = predicted({
      kind: 'acquisition',
      parties: ['Google', 'Quantis Robotics'],
      status: 'confirmed',
    });
    expect(strictDifferences(gold, asConfirmed)).toEqual(['status rumour ≠ confirmed']);
    expect(strictDifferences(gold, { ...asConfirmed, status: 'rumour' })).toEqual([]);
  });

  it('checks a certification label folded, a statement stance, a launch date and a named alliance', () => {
    const cert: GoldClaim = {
      kind: 'certification',
      parties: ['OVHcloud'],
      status: 'confirmed',
      label: 'SecNumCloud',
      evidence: 'a obtenu la qualification',
    };
    const certPrediction = predicted({ kind: 'certification', parties: ['OVHcloud'], label: 'secnumcloud' });
    expect(strictDifferences(cert, certPrediction)).toEqual([]);
    expect(strictDifferences(cert, { ...certPrediction, label: 'HDS' })).toHaveLength(1);

    const statement: GoldClaim = {
      kind: 'statement',
      parties: ['Thales'],
      status: 'denied',
      stance: 'deny',
      evidence: 'a démenti',
    };
    const noComment = predicted({
      kind: 'statement',
      parties: ['Thales'],
      status: 'denied',
      stance: 'no_comment',
    });
    expect(strictDifferences(statement, noComment)).toEqual(['stance deny ≠ no_comment']);

    const launch: GoldClaim = {
      kind: 'launch',
      parties: ['Hexavia'],
      status: 'confirmed',
      eventDate: '2024-09',
      evidence: 'en septembre 2024',
    };
    const launchPrediction = predicted({ kind: 'launch', parties: ['Hexavia'], eventDate: '2024' });
    expect(strictDifferences(launch, launchPrediction)).toEqual(['eventDate 2024-09 ≠ 2024']);

    const named: GoldClaim = {
      kind: 'agreement',
      parties: ['Thales', 'Airbus'],
      status: 'confirmed',
      alliance: 'Orbis',
      evidence: 'ont signé',
    };
    const unnamed: GoldClaim = {
      kind: 'agreement',
      parties: ['Thales', 'Airbus'],
      status: 'confirmed',
      evidence: 'ont signé',
    };
    const noAlliance = predicted({ kind: 'agreement', parties: ['Thales', 'Airbus'] });
    expect(strictDifferences(named, noAlliance)).toEqual(['alliance Orbis ≠ undefined']);
    expect(strictDifferences(named, { ...noAlliance, alliance: 'orbis' })).toEqual([]);
    expect(strictDifferences(unnamed, { ...noAlliance, alliance: 'Orbis' })).toEqual([]);
  });
});

describe('flattenClaim', () => {
  it('keeps the kind-specific values and the evidence text of a wire-form claim', () => {
    const flat = flattenClaim({
      kind: 'share_move',
      parties: ['Atos'],
      status: 'confirmed',
      percent: 5.57,
      direction: 'up',
      eventDate: '2022-03-14',
      evidence: { text: 'Le titre Atos a gagné 5,57 % lundi.', start: 10, end: 45 },
    });
    expect(flat).toEqual({
      kind: 'share_move',
      parties: ['Atos'],
      status: 'confirmed',
      percent: 5.57,
      direction: 'up',
      eventDate: '2022-03-14',
      evidence: 'Le titre Atos a gagné 5,57 % lundi.',
    });
  });
});
