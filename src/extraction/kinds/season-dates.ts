import type { DateMatch, Day } from '../values/find-dates.ts';

/**
 * « lancera à l'automne », « arriveront dans les rayons au printemps », "will go on sale in the spring": a season
 * with no year written. Group 1 is the season. « été » only after its preposition (« a été » is no summer), "fall"
 * only after "this", "next" or "in the" with no noun after it ("the fall in prices").
 */
const FR_SEASON =
  /\b(?:au (printemps)|a l'(automne|ete|hiver)|en (ete|automne|hiver)|des (?:le (printemps)|l'(automne|ete|hiver))|d'ici (?:au (printemps)|a l'(automne|ete)|l'(automne|ete)))\b(?! (?:de |d'|du |des )?(?:\d|prochain|dernier|suivant))/u;
const EN_SEASON =
  /\b(?:in (?:the )?|this |from (?:the )?|by (?:the )?)(spring|summer|autumn|winter|fall(?! (?:in|of|to|from)\b))\b(?! (?:of )?\d)(?! (?:season|planting|sowing|term|collection|range)\b)/u;

/** The month a season's last launches fall in: past it, the season named is next year's. */
const LAST_MONTH: Readonly<Record<string, number>> = {
  printemps: 5,
  spring: 5,
  ete: 8,
  summer: 8,
  automne: 10,
  autumn: 10,
  fall: 10,
};

/**
 * A launch told as done (« a lancé au printemps », "launched this spring", "went live in the summer"): its season is
 * past, no planned availability.
 */
const DONE =
  /\b(?:a|ont|avait|avaient|a ete|ont ete|est|sont|etait|etaient) (?:\w+ )?(?:lancee?s?|ouverte?s?|mise?s?|commercialisee?s?|deployee?s?|devoilee?s?|sortie?s?|arrivee?s?|obtenue?s?)\b|\b(?:obtained|launched|released|opened|rolled out|went (?:live|on sale)|debuted|unveiled|was|were|had|has been|have been)\b/u;
/** « lancera », « arriveront », « va lancer », "will launch", "plans to open": the launch is still to come. */
const FR_TO_COME =
  /\b(?:\w+(?:era|eront|ira|iront|dra|dront)|va|vont|doit|doivent|devrait|devraient|compte|comptent|prevoit de|prevoient de|entend|entendent)\b/u;
const EN_TO_COME =
  /\b(?:will|shall|is to|are to|plans? to|expects? to|aims? to|intends? to|set to|due to)\b/u;
/** « lancé au printemps », "launched in the spring": a participle right before the season tells it as past. */
const DONE_BEFORE =
  /\b(?:lancee?s?|ouverte?s?|mise?s? en (?:vente|ligne|service)|sortie?s?|arrivee?s?|presentee?s?|introduite?s?|launched|opened|released|introduced|unveiled)\s*$/u;

/**
 * The year of a bare season beside a launch in the future ("Intermarché lancera à l'automne …" in March 2028: the
 * autumn of 2028; « au printemps » in November 2027: the spring of 2028). Winter, which straddles two years, and a
 * launch told as done give none. `lead` is the clause up to the launch words' end, `text` where the season may be
 * (folded), `offset` the text's start in the sentence.
 */
export function seasonDate(
  lead: string,
  text: string,
  offset: number,
  published: Day | undefined,
  language: 'fr' | 'en',
): DateMatch | undefined {
  if (published === undefined || DONE.test(lead) || !(language === 'fr' ? FR_TO_COME : EN_TO_COME).test(lead))
    return undefined;
  const m = (language === 'fr' ? FR_SEASON : EN_SEASON).exec(text);
  if (m === null || DONE_BEFORE.test(text.slice(0, m.index))) return undefined;
  const season = m.slice(1).find((g) => g !== undefined) as string;
  const last = LAST_MONTH[season];
  if (last === undefined) return undefined;
  const year = published.m <= last ? published.y : published.y + 1;
  return {
    date: String(year),
    index: offset + m.index,
    end: offset + m.index + m[0].length,
    precision: 'year',
  };
}
