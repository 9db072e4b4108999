/**
 * "Analysts said Korlan's interest confirmed that buyers will pay up", « l'arrivée de Vexmoor confirme que le
 * secteur se consolide »: what a company did (its interest, its move, its results) is the evidence that
 * "confirms"; the company itself says nothing. A spokesman, an officer or the board of the company does speak
 * ("Korlan's chief executive confirmed"), so only nouns of things are read so.
 */

/** Nouns of what a company did or shows, never of someone who speaks. */
const THING =
  '(?:interest|move|moves|bid|offer|approach|deal|purchase|acquisition|investment|entry|arrival|exit|results|figures|numbers|performance|success|decision|choice|listing|debut|ipo|order|orders|growth|appetite|presence|expansion|retreat|withdrawal|rally|slump|valuation)';
const THING_FR =
  "(?:l'interet|l'arrivee|l'entree|la sortie|le choix|la decision|l'offre|l'operation|le rachat|l'acquisition|l'investissement|les resultats|les chiffres|la performance|le succes|l'introduction en bourse|la croissance|l'appetit|la presence|le retrait|le mouvement)";

/** A possessive name before the thing ("Korlan's interest"), or the thing of a name (« l'intérêt de Korlan »). */
const THING_SUBJECT_BEFORE = new RegExp(
  `(?:(?:'s|s') (?:[\\w-]+ )?${THING}|\\b${THING_FR} (?:de |d'|du |des )(?:la |le |l')?[\\w&'.-]+(?: [\\w&'.-]+){0,3}) (?:(?:also|only|further|again|clearly|merely|simply|just|aussi|encore|bien|seulement) )?$`,
  'u',
);

/** Whether the confirm cue at `at` in the folded sentence has a thing of a company as its subject. */
export function thingConfirms(folded: string, at: number): boolean {
  return THING_SUBJECT_BEFORE.test(folded.slice(Math.max(0, at - 90), at));
}
