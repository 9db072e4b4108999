import { foldText } from '../entities/fold-text.ts';
import { CIVILITY_TITLES } from './civility.ts';
import { GIVEN_NAMES, TRADE_WORDS } from './given-names.ts';

/**
 * « …, a indiqué Margaux Deville, qui dirige l'entreprise », "…, said Tom Ashby": a person quoted by name with a
 * verb of speech is the company speaking through its people, not an outlet cited, so the sentence has no
 * source of its own to hedge it. A person whose title makes an outsider of them (an analyst, a banker, a
 * mayor, a union delegate) is a source: what they say stays hearsay.
 */
const OUTSIDER_AFTER =
  /^\s*,\s*(?:(?:le|la|l'|un|une|the|a|an)\s*)?(?:[a-z-]+ ){0,2}(?:analyste|analyst|economiste|economist|banquier|banker|associee?|partner|consultante?|consultant|courtier|broker|strategiste|strategist|gerante?|fund manager|portfolio manager|professeure?|professor|chercheuse|chercheur|researcher|avocate?|lawyer|attorney|experte?|expert|maire|mayor|ministre|minister|deputee?|senat(?:eur|rice)|prefete?|syndic\w*|union|delegue\w*|representative|representante?|elue?|official|regulat\w*|source)\b/u;

/** « M. Dorbec », « Mme Roux », "Mr Ashby", "Dr Patel": a civility title before a surname names a person. */
const CIVILITY = new RegExp(String.raw`^${CIVILITY_TITLES}\.?\s+\p{Lu}`, 'u');

/**
 * Whether `raw`, the name after a verb of speech, is a person's ("Margaux Deville", "M. Dorbec", not
 * "Deville Conseil").
 */
export function personName(raw: string): boolean {
  if (CIVILITY.test(raw)) return true;
  const words = foldText(raw)
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 4) return false;
  return GIVEN_NAMES.has(words[0] as string) && !TRADE_WORDS.has(words.at(-1) as string);
}

/** Whether a person named after a verb of speech speaks for the company: no outsider's title follows. */
export function insiderSpeaks(foldedAfter: string): boolean {
  return !OUTSIDER_AFTER.test(foldedAfter);
}
