import type { PartyMention } from '../find-parties.ts';

/**
 * A verb of telling right after the first name, with no comma: "Axfood said", « Orange a indiqué que », "X told
 * investors on Monday that".
 */
const TELLS =
  /^\s*(?:said|says|added|announced|confirmed|expects|expected|believes|told (?:the )?[\w-]+|a (?:indique|precise|annonce|affirme|assure|confirme|explique|ajoute|fait savoir)|indique|precise|annonce|affirme|estime)(?: (?:on|last|this|earlier) \w+| (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?(?: that| que| qu')?\s+$/u;
/** Between the reported subject and the launch words: its verb's auxiliaries and modals, nothing else. */
const AUXILIARIES =
  /^\s+(?:(?:would|will|should|could|was|is|planned|plans|expected|expects|intended|intends|set|due|to|also|then|first|now|sera|serait|devrait|allait|va|pourrait|prevoit|comptait|compte|de|d'|a|egalement|aussi|bientot)\s+){0,4}$/u;

/**
 * "Axfood said Stensjö would launch a range … in April 2028", « Colruyt a indiqué que Plovier commercialiserait … »:
 * the company telling opens the sentence, the company its reported clause has for subject launches; a teller is no
 * launcher of what another company will do. The reported subject, if the launch words follow it.
 */
export function reportedLauncher(
  folded: string,
  candidates: readonly PartyMention[],
  at: number,
): PartyMention | undefined {
  const before = candidates.filter((p) => p.end <= at);
  const [teller, subject] = before.slice(-2);
  if (teller === undefined || subject === undefined || before.length !== 2) return undefined;
  if (teller.name === subject.name) return undefined;
  if (!TELLS.test(folded.slice(teller.end, subject.start))) return undefined;
  return AUXILIARIES.test(folded.slice(subject.end, at)) ? subject : undefined;
}
