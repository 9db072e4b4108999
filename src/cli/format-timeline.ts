import type { AllianceTimeline } from '../query/timeline.ts';

/** Alliance histories as text: a head line per alliance, then one row per event with its source. */
export function formatTimelines(histories: readonly AllianceTimeline[]): string {
  if (histories.length === 0) return 'no alliance matches\n';
  const blocks = histories.map((h) => {
    const head = `${h.alliance.name} (${h.alliance.parties.join(', ')}) — ${h.alliance.status ?? 'unknown'}`;
    const rows = h.events.map((e) => {
      const detail =
        e.stance ??
        (e.percent !== undefined ? `${e.direction === 'down' ? '-' : '+'}${e.percent}%` : (e.label ?? ''));
      return [
        e.date,
        e.kind,
        e.status,
        detail,
        e.parties.join(', '),
        e.source.publisher,
        clip(e.evidence, 70),
      ];
    });
    return `${head}\n${table(['DATE', 'KIND', 'STATUS', 'DETAIL', 'WHO', 'SOURCE', 'EVIDENCE'], rows, '(no event in range)', '  ')}`;
  });
  return blocks.join('\n');
}

/** A text table; exported for the commands that print other lists. */
export function table(headers: string[], rows: string[][], empty: string, indent = ''): string {
  if (rows.length === 0) return `${indent}${empty}\n`;
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `${indent}${cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()}`;
  return `${[line(headers), ...rows.map(line)].join('\n')}\n`;
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}
