import { describe, expect, it } from 'vitest';
import { classifyErrors, formatErrorClasses } from '../../bench/eval/error-classes.ts';
import type { ClaimRef } from '../../bench/eval/score.ts';

const claim = (over: Partial<ClaimRef>): ClaimRef => ({
  article: 'fr-01',
  kind: 'agreement',
  parties: ['Arvalis', 'Quentor'],
  status: 'confirmed',
  evidence: 'Arvalis et Quentor ont signé un accord de distribution pour toute l’Europe du Sud.',
  ...over,
});

describe('classifyErrors', () => {
  it('counts a miss and a false positive of one sentence and kind as one wrong-parties error', () => {
    const miss = claim({});
    const fp = claim({ parties: ['Arvalis', 'Europe du Sud'] });
    const classes = classifyErrors([miss], [fp], []);
    expect(classes).toMatchObject({ wrongParties: 1, wrongKind: 0, undetected: 0, spurious: 0 });
  });

  it('pairs another kind only when a party is shared, else keeps both errors apart', () => {
    const miss = claim({});
    const sameParty = claim({ kind: 'acquisition', parties: ['Arvalis', 'Quentor'] });
    expect(classifyErrors([miss], [sameParty], [])).toMatchObject({
      wrongKind: 1,
      undetected: 0,
      spurious: 0,
    });
    const noShared = claim({ kind: 'acquisition', parties: ['Delvaux', 'Morand'] });
    expect(classifyErrors([miss], [noShared], [])).toMatchObject({
      wrongKind: 0,
      undetected: 1,
      spurious: 1,
    });
  });

  it('never pairs across articles or across sentences', () => {
    const miss = claim({});
    const otherArticle = claim({ article: 'fr-02', parties: ['Arvalis'] });
    const otherSentence = claim({
      parties: ['Arvalis'],
      evidence: 'Le titre Quentor a pris 3 % mardi à la clôture de la Bourse.',
    });
    const classes = classifyErrors([miss], [otherArticle, otherSentence], []);
    expect(classes).toMatchObject({ wrongParties: 0, undetected: 1, spurious: 2 });
  });

  it('uses each false positive once and counts strict mismatches by field', () => {
    const misses = [claim({}), claim({ parties: ['Arvalis', 'Brenmoor'] })];
    const fp = claim({ parties: ['Quentor'] });
    const classes = classifyErrors(
      misses,
      [fp],
      [
        { differences: ['eventDate 2026-05-12 ≠ undefined', 'status confirmed ≠ rumour'] },
        { differences: ['eventDate 2026-05-13 ≠ 2026-05-12'] },
      ],
    );
    expect(classes).toMatchObject({ wrongParties: 1, undetected: 1, spurious: 0 });
    expect(classes.strictFields).toEqual({ eventDate: 2, status: 1 });
    expect(formatErrorClasses(classes)).toBe(
      'errors            1 wrong parties (0 a variant of the right name, 0 of them cut short), 0 wrong kind, 1 undetected, 0 spurious; strict: eventDate 2, status 1',
    );
  });

  it('tells a variant of the right name from another company', () => {
    const miss = claim({ parties: ['Arvalis Holdings', 'Quentor'] });
    const variant = claim({ parties: ['Arvalis', 'Quentor'] });
    const other = claim({ parties: ['Brenmoor', 'Quentor'] });
    expect(classifyErrors([miss], [variant], [])).toMatchObject({
      wrongParties: 1,
      nameVariants: 1,
      shortNames: 1,
    });
    // A longer form of the name is a variant but no cut.
    const longer = claim({ parties: ['Arvalis Holdings SA', 'Quentor'] });
    expect(classifyErrors([miss], [longer], [])).toMatchObject({ nameVariants: 1, shortNames: 0 });
    expect(classifyErrors([miss], [other], [])).toMatchObject({ wrongParties: 1, nameVariants: 0 });
    // A shared party is no evidence of a variant: only the names that differ are compared.
    const extra = claim({ parties: ['Arvalis Holdings', 'Quentor', 'Delmas'] });
    expect(classifyErrors([miss], [extra], [])).toMatchObject({ wrongParties: 1, nameVariants: 0 });
  });
});
