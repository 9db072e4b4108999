import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../support/shared-dir.ts';

/** The annotated peer pages (see ../shared/peers/pages/LICENSE-NOTE.md): local evaluation only. */
export const PEER_PAGES_DIR = process.env.VIGIE_PEER_PAGES ?? sharedPath('peers', 'pages');

export interface PeerPage {
  file: string;
  lang: 'fr' | 'en';
  url?: string;
  title?: string;
  date?: string;
  with: string[];
  without: string[];
  html: string;
}

export function loadPeerPages(): PeerPage[] {
  const expectations = JSON.parse(readFileSync(join(PEER_PAGES_DIR, 'expectations.json'), 'utf8')) as Omit<
    PeerPage,
    'html'
  >[];
  return expectations.map((page) => ({
    ...page,
    html: readFileSync(join(PEER_PAGES_DIR, page.file), 'utf8'),
  }));
}

export interface SnippetScore {
  kept: number;
  withTotal: number;
  dropped: number;
  withoutTotal: number;
  /** Share of `with` snippets found in the text. */
  recall: number;
  /** Share of `without` snippets absent from the text. */
  cleanliness: number;
  harmonicMean: number;
  /** Per page: the snippets that went wrong, to read when tuning. */
  misses: { file: string; lost: string[]; leaked: string[] }[];
}

/** All whitespace, non-breaking and thin spaces included, collapses to one space before matching. */
export function matchForm(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009\u2007\u200b]+/gu, ' ').trim();
}

export function scoreSnippets(pages: readonly PeerPage[], extract: (page: PeerPage) => string): SnippetScore {
  let kept = 0;
  let withTotal = 0;
  let dropped = 0;
  let withoutTotal = 0;
  const misses: SnippetScore['misses'] = [];
  for (const page of pages) {
    const text = matchForm(extract(page));
    const lost = page.with.filter((snippet) => !text.includes(matchForm(snippet)));
    const leaked = page.without.filter((snippet) => text.includes(matchForm(snippet)));
    kept += page.with.length - lost.length;
    withTotal += page.with.length;
    dropped += page.without.length - leaked.length;
    withoutTotal += page.without.length;
    if (lost.length > 0 || leaked.length > 0) misses.push({ file: page.file, lost, leaked });
  }
  const recall = withTotal === 0 ? 1 : kept / withTotal;
  const cleanliness = withoutTotal === 0 ? 1 : dropped / withoutTotal;
  const harmonicMean = recall + cleanliness === 0 ? 0 : (2 * recall * cleanliness) / (recall + cleanliness);
  return { kept, withTotal, dropped, withoutTotal, recall, cleanliness, harmonicMean, misses };
}
