/**
 * Titles written before a person's name (« M. Dorbec », « Mme Vallier », "Mr Hale", "Dr Osei", "Sir Ian"): one
 * list for every reader of a person's name, each building the pattern it needs around it.
 */
export const CIVILITY_TITLES = String.raw`(?:M\.|MM\.|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Sir|Lord|Dame)`;
