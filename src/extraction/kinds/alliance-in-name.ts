/**
 * "the Alliance for Responsible Mining", « l'Alliance pour la préservation des forêts », "Walgreens Boots
 * Alliance": a capitalised Alliance that is a word of an organisation's name tells no alliance between companies.
 * Two shapes are read: the body's name going on with "for/of/pour/de" and a capitalised word, and a name of at
 * least two capitalised words ending on Alliance. "The alliance with Renault", « l'Alliance verte » (a label) and
 * "the Renault-Nissan Alliance" (one hyphenated word before it: the carmakers' own alliance) are left to the rules.
 */
const NAME_GOES_ON = /^Alliances?\s(?:for|of|pour|de|du|des|de la|de l['’])\s?(?:the |la |le |les )?\p{Lu}/u;
const NAME_ENDS =
  /(?:^|[^\p{L}])(?!(?:The|A|An|La|Le|Les|Une?|Cette|This)\s)\p{Lu}[\p{L}&'’.]*\s\p{Lu}[\p{L}&'’.]*\s$/u;

/** Whether the trigger at `index` of `text` (the sentence as written) is the word Alliance of a name. */
export function allianceInName(text: string, index: number): boolean {
  const rest = text.slice(index);
  if (!rest.startsWith('Alliance')) return false;
  return NAME_GOES_ON.test(rest) || NAME_ENDS.test(text.slice(Math.max(0, index - 60), index));
}
