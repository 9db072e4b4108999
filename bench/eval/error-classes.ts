import { evidenceOverlaps, normalise } from './match-claims.ts';
import type { ClaimRef } from './score.ts';

/**
 * Where the errors of a run come from, so that work goes to the weakest step. A miss and a false
 * positive of one article whose evidence overlaps are one error, not two: the engine read the event in
 * the right sentence but named the wrong parties (same kind) or called it the wrong kind (a party shared).
 */
export interface ErrorClasses {
  /** The event was found in its sentence, with the right kind but another party set. */
  wrongParties: number;
  /**
   * Of those, the ones where a wrong name shares a word with the name it stands for ("Arm" for "Arm
   * Holdings", "Brugevia NV" for "Brugevia"): the right company under another form of its name.
   */
  nameVariants: number;
  /** The event was found in its sentence with a party in common, but as another kind. */
  wrongKind: number;
  /** A gold claim with nothing predicted in its sentence that could stand for it. */
  undetected: number;
  /** A predicted claim that stands for no gold claim at all. */
  spurious: number;
  /** Matched claims failing the strict test, by field ("eventDate", "status", …). */
  strictFields: Record<string, number>;
}

const WORD = /[\p{L}\p{N}]{3,}/gu;
const wordsOf = (names: readonly string[]) => new Set(names.flatMap((n) => normalise(n).match(WORD) ?? []));

/** Whether a gold name the prediction lacks shares a word with a predicted name the gold lacks. */
function nameVariant(gold: ClaimRef, predicted: ClaimRef): boolean {
  const goldKeys = new Set(gold.parties.map(normalise));
  const predictedKeys = new Set(predicted.parties.map(normalise));
  const missing = wordsOf(gold.parties.filter((n) => !predictedKeys.has(normalise(n))));
  const extra = wordsOf(predicted.parties.filter((n) => !goldKeys.has(normalise(n))));
  return [...missing].some((w) => extra.has(w));
}

const sharesParty = (a: ClaimRef, b: ClaimRef) => {
  const names = new Set(a.parties.map(normalise));
  return b.parties.some((name) => names.has(normalise(name)));
};

/** Pure: pairs misses with false positives greedily, same kind first, then another kind sharing a party. */
export function classifyErrors(
  misses: readonly ClaimRef[],
  falsePositives: readonly ClaimRef[],
  strictMismatches: readonly { differences: string[] }[],
): ErrorClasses {
  const taken = new Set<number>();
  const near = (miss: ClaimRef, fp: ClaimRef, i: number) =>
    !taken.has(i) && fp.article === miss.article && evidenceOverlaps(miss.evidence, fp.evidence);
  const out: ErrorClasses = {
    wrongParties: 0,
    nameVariants: 0,
    wrongKind: 0,
    undetected: 0,
    spurious: 0,
    strictFields: {},
  };
  const unpaired: ClaimRef[] = [];
  for (const miss of misses) {
    const i = falsePositives.findIndex((fp, j) => near(miss, fp, j) && fp.kind === miss.kind);
    if (i >= 0) {
      taken.add(i);
      out.wrongParties++;
      if (nameVariant(miss, falsePositives[i] as ClaimRef)) out.nameVariants++;
    } else unpaired.push(miss);
  }
  for (const miss of unpaired) {
    const i = falsePositives.findIndex((fp, j) => near(miss, fp, j) && sharesParty(miss, fp));
    if (i >= 0) {
      taken.add(i);
      out.wrongKind++;
    } else out.undetected++;
  }
  out.spurious = falsePositives.length - taken.size;
  for (const mismatch of strictMismatches)
    for (const difference of mismatch.differences) {
      const field = difference.split(' ')[0] ?? difference;
      out.strictFields[field] = (out.strictFields[field] ?? 0) + 1;
    }
  return out;
}

/** One line for the text report. */
export function formatErrorClasses(classes: ErrorClasses): string {
  const fields = Object.entries(classes.strictFields)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([field, n]) => `${field} ${n}`)
    .join(', ');
  return `errors            ${classes.wrongParties} wrong parties (${classes.nameVariants} a variant of the right name), ${classes.wrongKind} wrong kind, ${classes.undetected} undetected, ${classes.spurious} spurious${fields === '' ? '' : `; strict: ${fields}`}`;
}
