/**
 * Words of a business line's name: after a registry company ("DHL Supply Chain", "Siemens Mobility",
 * "Orange Business Services"), they name one of its divisions, told as the company itself.
 */
const DIVISION_WORDS = new Set([
  'supply',
  'chain',
  'express',
  'freight',
  'forwarding',
  'logistics',
  'logistique',
  'solutions',
  'services',
  'service',
  'business',
  'entreprises',
  'enterprise',
  'cloud',
  'digital',
  'numerique',
  'energy',
  'energies',
  'renewables',
  'renouvelables',
  'mobility',
  'mobilite',
  'defence',
  'defense',
  'space',
  'aerospace',
  'aviation',
  'systems',
  'systemes',
  'technologies',
  'technology',
  'software',
  'pharma',
  'healthcare',
  'health',
  'sante',
  'consulting',
  'conseil',
  'ventures',
  'finance',
  'financial',
  'banking',
  'insurance',
  'reinsurance',
  're',
  'retail',
  'international',
  'france',
  'europe',
  'uk',
  'germany',
  'deutschland',
  'benelux',
  'iberia',
  'nordics',
  'americas',
  'asia',
  'global',
  'infrastructure',
  'networks',
  'electronics',
  'semiconductors',
  'automotive',
  'industrial',
  'industries',
  'marine',
  'rail',
  'transport',
  'construction',
  'media',
  // "Google Public Sector", "Sony Interactive Entertainment": the group told by one of its businesses.
  'public',
  'sector',
  'interactive',
  'entertainment',
  'payments',
  'research',
  'labs',
  // "Toyota Motor", "Hyundai Motor Company", "Renault Group": the company's own fuller name.
  'motor',
  'motors',
  'corporation',
  'corp',
  'holdings',
  'group',
  'groupe',
  // Legal forms written after the name ("Saab AB", "Kesko Oyj", "Leonardo SpA"): the company itself.
  'ab',
  'publ',
  'asa',
  'oyj',
  'spa',
  'sa',
  'se',
  'ag',
  'nv',
  'bv',
  'plc',
  'inc',
  'ltd',
  'gmbh',
  'kgaa',
  'srl',
  'and',
  '&',
  'et',
  'de',
  'des',
]);

/** Whether every word of a name is a division word (at least one is not a connector). */
export function isDivisionName(folded: string): boolean {
  const words = folded.split(/[^\p{L}&]+/u).filter(Boolean);
  return (
    words.length > 0 &&
    words.every((w) => DIVISION_WORDS.has(w)) &&
    words.some((w) => !['and', '&', 'et', 'de', 'des'].includes(w))
  );
}

/** "Landing Systems" after "Safran": a short name closed by a division word names a division too. */
export function endsAsDivision(folded: string): boolean {
  const words = folded.split(/[^\p{L}&]+/u).filter(Boolean);
  const last = words.at(-1);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    last !== undefined &&
    DIVISION_WORDS.has(last) &&
    !['and', '&', 'et', 'de', 'des', 'france', 'europe', 'uk', 'germany', 'international', 'global'].includes(
      last,
    )
  );
}

/**
 * "BNP Paribas Asset Management", "Allianz Global Investors", "Generali Real Estate", "HSBC Private Bank":
 * after a registry company, a business line of money management, property or private banking names a
 * subsidiary the press treats as a company of its own (it buys, sells, signs and speaks for itself),
 * unlike a division word ("Siemens Mobility" is Siemens told by one of its businesses).
 */
const OWN_BUSINESS_LINE =
  /^(?:asset management|investment management|investment managers|investment partners|global investors|investors|real estate|private bank|private banking|wealth management|gestion d'actifs|gestion privee|banque privee|immobilier|assurances|vie)$/u;

export function isOwnBusinessLine(folded: string): boolean {
  return OWN_BUSINESS_LINE.test(folded.replace(/[’]/gu, "'").trim());
}
