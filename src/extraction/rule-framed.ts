/**
 * "Under UK takeover rules, X has until 5 December to make a firm offer or walk away", « En vertu de la
 * réglementation boursière, … »: a sentence opened by the rule it applies tells what that rule requires or
 * allows (deadlines, disclosures that would follow), not what anybody did; a bar on bidding restates a denial.
 */
const FRAME =
  /^\W*(?:under|in line with|according to) (?:the )?(?:[\w.'-]+ ){0,4}?(?:takeover|city|merger|listing|stock exchange|securities) (?:rules|code|regulations?|law|panel rules)\b|^\W*(?:en vertu|en application|aux termes) (?:de la |du |des )(?:reglementation boursiere|droit boursier|regles boursieres|reglement general de l'amf)\b/u;

const BAR =
  /\b(?:bars?|barred|barring|cannot|can ?not|may not|is prevented|prevents|precludes|interdit|empeche)\b/u;

/**
 * Whether the folded sentence opens on a regulation frame. FRAME is anchored at the start in every branch, so
 * it fails at the first word and needs no literal gate before it.
 */
export function ruleFramed(folded: string): boolean {
  // "Under the Takeover Code, the statement bars X from bidding for six months": the bar restates a denial.
  return FRAME.test(folded) && !BAR.test(folded);
}
