/** Why a claim was extracted: the rule that fired and the cues that set its status. */
export interface ClaimExplanation {
  /** Index of the claim in the `claims` array it explains. */
  claim: number;
  /** Rule id, "<language>.<kind>.<trigger id>" ("fr.agreement.accord"). */
  rule: string;
  /** Status cue ids, "<group>:<cue id>" ("rumour:conditional", "attribution:selon-confreres"). */
  cues: string[];
  /** Other claims of the same event in the article, merged into this one. */
  merged: number;
}
