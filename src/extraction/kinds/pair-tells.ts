/**
 * ", the companies said", "according to both companies", ", ont précisé les partenaires", "Selon les deux
 * entreprises, …", « Côté offre, les deux groupes ont indiqué que … »: the pair of the deal the article told speaks of
 * the launch. Matched on folded text.
 */
const PAIR_TAG =
  /,\s*(?:the (?:two )?(?:companies|groups|firms|partners)|both (?:companies|groups|firms|partners)|the pair)\s+(?:said|say|added|announced|confirmed|explained|acknowledged|conceded|admitted)\b|\baccording to (?:the (?:two )?(?:companies|groups|firms|partners)|both (?:companies|groups|firms))\b|,\s*(?:ont|avaient) (?:precise|indique|annonce|explique|ajoute|affirme|fait savoir|souligne|reconnu|admis|concede)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?les (?:deux )?(?:partenaires|entreprises|groupes|societes|industriels|enseignes)\b|\b(?:selon|d'apres) les (?:deux )?(?:partenaires|entreprises|groupes|societes|industriels|enseignes)\b|^(?:[^,;:]{0,30},\s*)?(?:les (?:deux )?(?:partenaires|entreprises|groupes|societes|industriels|enseignes) (?:ont|avaient) (?:precise|indique|annonce|explique|ajoute|affirme|fait savoir|souligne|reconnu|admis|concede|confirme)|(?:the two|both) (?:companies|groups|firms|partners) (?:said|say|added|announced|confirmed|explained|acknowledged|conceded|admitted))\b/u;

/** Whether the sentence says the deal's pair told of what it reports. */
export function pairTells(folded: string): boolean {
  return PAIR_TAG.test(folded);
}
