import { CLAIM_KINDS } from '../../src/extraction/claim.ts';
import { formatErrorClasses } from './error-classes.ts';
import type { ClaimRef, EvalReport, Rate } from './score.ts';

const f3 = (value: number) => value.toFixed(3);
const rateText = (rate: Rate) => `${f3(rate.value)} (${rate.correct}/${rate.total})`;

function row(cells: (string | number)[], widths: number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0)))
    .join(' ');
}

function claimLine(claim: ClaimRef): string {
  return `  ${claim.article}  ${claim.kind} [${claim.parties.join(', ')}] ${claim.status}  «${claim.evidence}»`;
}

/** The plain-text report `npm run eval` prints; `verbose` adds every miss, false positive and strict mismatch. */
export function formatReport(report: EvalReport, verbose: boolean): string {
  const widths = [16, 5, 5, 5, 10, 8, 7, 10];
  const lines = [
    `vigie claim extraction — ${report.articles} articles`,
    '',
    row(['kind', 'gold', 'pred', 'TP', 'precision', 'recall', 'F1', 'strict F1'], widths),
  ];
  for (const kind of CLAIM_KINDS) {
    const k = report.perKind[kind];
    lines.push(
      row([kind, k.gold, k.predicted, k.tp, f3(k.precision), f3(k.recall), f3(k.f1), f3(k.strictF1)], widths),
    );
  }
  const o = report.overall;
  lines.push(
    row(
      [
        'overall (micro)',
        o.gold,
        o.predicted,
        o.tp,
        f3(o.precision),
        f3(o.recall),
        f3(o.f1),
        f3(report.strict.f1),
      ],
      widths,
    ),
  );
  lines.push(
    '',
    `strict            P ${f3(report.strict.precision)}  R ${f3(report.strict.recall)}  F1 ${f3(report.strict.f1)}  (kind + parties + status + value)`,
    `status accuracy   ${rateText(report.statusAccuracy)} on matched claims`,
    `attribution       ${rateText(report.attributionAccuracy)} on matched claims whose gold names a source`,
    `evidence overlap  ${rateText(report.evidenceAccuracy)} matched claims whose sentence covers the gold evidence`,
    `parsing           language ${rateText(report.parsing.language)}, published date ${rateText(report.parsing.publishedAt)}, gold evidence in main text ${rateText(report.parsing.goldEvidenceInText)}`,
    `${report.misses.length} misses, ${report.falsePositives.length} false positives, ${report.strictMismatches.length} strict mismatches${verbose ? '' : ' (--verbose lists them)'}`,
    formatErrorClasses(report.errorClasses),
  );
  if (verbose) {
    lines.push('', 'Misses (gold claims not found):', ...report.misses.map(claimLine));
    lines.push(
      '',
      'False positives (predicted, matching no gold claim):',
      ...report.falsePositives.map(claimLine),
    );
    lines.push(
      '',
      'Strict mismatches (matched, but status or value differ):',
      ...report.strictMismatches.map((claim) => `${claimLine(claim)}\n      ${claim.differences.join('; ')}`),
    );
  }
  return lines.join('\n');
}
