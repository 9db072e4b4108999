/**
 * « Le concurrent de Veolia n'a pas donné suite », "Halvane's main rival declined to comment", "a shareholder of
 * Norvane did not respond": a relation noun names another company by its tie to the one written. The company
 * written is the relation's anchor, not the one that speaks; an officer's title ("le porte-parole de Veolia",
 * "Veolia's chief executive") keeps its company, it is no relation to another one.
 */
const RELATION_BEFORE =
  /\b(?:(?:le|la|l'|les|un|une|des|son|sa|ses|leur|leurs|the|a|an|its|their|one)\s+)(?:(?:principale?|grande?|grand|premiere?|ancienne?|nouvelle?|nouveau|actuelle?|main|biggest|largest|chief|closest|former|new|old|great|long-time|longtime|arch)\s+)?(?:concurrente?s?|rivale?s?|rivaux|competitors?|partenaires?|partners?|actionnaires?|shareholders?|clients?|clientes?|customers?|fournisseurs?|suppliers?|sous-traitants?|subcontractors?|filiales?|subsidiar(?:y|ies)|maison mere|parent(?: company| group)?|cible|target|acheteur|acheteurs|repreneurs?|buyers?|pretendants?|suitors?|allies?|allie)\s+(?:de |d'|du |des |of )(?:la |le |l'|the )?$/u;
/**
 * « concurrent direct de Veolia », "main rival of Ostrel": a rival noun needs no article before it (an apposition,
 * "Orsalis, concurrent direct de Veolia,"), its adjective may follow it.
 */
const RIVAL_BEFORE =
  /\b(?:concurrente?s?|rivale?s?|competitors?)\s+(?:(?:direct|directe|historique|principal|principale|main|closest|biggest|largest)\s+)?(?:de|d'|du|of)\s*(?:the |le |la |l')?$/u;
const RELATION_AFTER =
  /^(?:['’]s?)?\s+(?:(?:main|biggest|largest|chief|closest|former|new|old|great|long-time|longtime|arch)\s*-?\s*)?(?:rivals?|competitors?|partners?|shareholders?|customers?|suppliers?|subcontractors?|subsidiar(?:y|ies)|parent(?: company| group)?|target|buyers?|suitors?|allies|ally)\b/u;

const POSSESSIVE = /['’]s?\b|['’]s?$/u;

/** Whether the name at [start, end) of the folded sentence is the anchor of a relation noun. */
export function relationAnchor(folded: string, start: number, end: number): boolean {
  return (
    RELATION_BEFORE.test(folded.slice(Math.max(0, start - 60), start)) ||
    RIVAL_BEFORE.test(folded.slice(Math.max(0, start - 40), start)) ||
    // The possessive may be read into the name ("Veolia's") or left after it.
    (POSSESSIVE.test(folded.slice(Math.max(start, end - 2), end + 2)) &&
      RELATION_AFTER.test(folded.slice(end, end + 40)))
  );
}
