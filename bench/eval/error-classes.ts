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
  /**
   * Of the variants, the ones where every word of the predicted name is in the gold name and the gold name
   * has more ("Alpenlys" for "Alpenlys Hôtels"): the engine cut the name the article gave in full.
   */
  shortNames: number;
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

/**
 * Whether a gold name the prediction lacks shares a word with a predicted name the gold lacks, and if so
 * whether the predicted name is a cut of the gold one.
 */
function nameVariant(gold: ClaimRef, predicted: ClaimRef): 'short' | 'other' | undefined {
  const goldKeys = new Set(gold.parties.map(normalise));
  const predictedKeys = new Set(predicted.parties.map(normalise));
  const missingNames = gold.parties.filter((n) => !predictedKeys.has(normalise(n)));
  const extraNames = predicted.parties.filter((n) => !goldKeys.has(normalise(n)));
  const missing = wordsOf(missingNames);
  const extra = wordsOf(extraNames);
  if (![...missing].some((w) => extra.has(w))) return undefined;
  const cut = extraNames.some((p) => {
    const words = wordsOf([p]);
    return missingNames.some((g) => {
      const full = wordsOf([g]);
      return full.size > words.size && [...words].every((w) => full.has(w));
    });
  });
  return cut ? 'short' : 'other';
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
    shortNames: 0,
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
      const variant = nameVariant(miss, falsePositives[i] as ClaimRef);
      if (variant !== undefined) out.nameVariants++;
      if (variant === 'short') out.shortNames++;
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
  return `errors            ${classes.wrongParties} wrong parties (${classes.nameVariants} a variant of the right name, ${classes.shortNames} of them cut short), ${classes.wrongKind} wrong kind, ${classes.undetected} undetected, ${classes.spurious} spurious${fields === '' ? '' : `; strict: ${fields}`}`;
}
