/**
 * A wire desk's tags around a headline: "UPDATE 2-", "CORRECTED-", "EXCLUSIVE-", "RPT-", « RECTIFICATIF- »,
 * « Actualisé - » before it, "(UPDATE 1)" after it. They say which version of the story this is; glued to
 * the first word ("CORRECTED-Léman Rail Leasing"), they would be read as part of a company's name.
 */
const LEADING_TAG =
  /^(?:\s*(?:(?:UPDATE|UPDATED|CORRECTED|CORRECTION|REFILE|REFILED|RPT|REPEAT|EXCLUSIVE|EXCLUSIF|RECTIFICATIF|RECTIFIÉ|CORRIGÉ|ACTUALISÉ|ACTUALISATION|MISE À JOUR|URGENT|FLASH|BREAKINGVIEWS|FOCUS|ANALYSIS|ANALYSE|INSIGHT|EXPLAINER|FACTBOX|PREVIEW|WRAPUP|DÉCRYPTAGE)(?: \d{1,2})?|(?:Update|Updated|Corrected|Refile|Exclusive|Exclusif|Rectificatif|Actualisé|Mise à jour)(?: \d{1,2})?)\s*(?:-|–|—|:)\s*)+/u;
const TRAILING_TAG =
  /\s*\((?:UPDATE|UPDATED|CORRECTED|REFILE|RPT|REPEAT|ACTUALISÉ|RECTIFICATIF|CORRIGÉ|MISE À JOUR)(?: \d{1,2})?\)\s*$/iu;

/** The headline without the wire's version tags, as the story itself would title it. */
export function withoutWireTags(title: string): string {
  const code = title.charCodeAt(0);
  // Every tag opens on a capital: most headlines are settled by their first character.
  const lead = code >= 65 && code <= 90 ? title.replace(LEADING_TAG, '') : title;
  return lead.endsWith(')') ? lead.replace(TRAILING_TAG, '') : lead;
}
