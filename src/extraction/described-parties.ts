import type { ArticleState } from './article-state.ts';
import { overlaps, type PartyMention } from './find-parties.ts';
import { excludedParties } from './kinds/exclusions.ts';
import { restatedSubject } from './restated-subject.ts';
import {
  nameFitsRole,
  nameMisfits,
  narrowTrade,
  registryMisfits,
  sameTrade,
  tradeUnknown,
} from './role-fit.ts';
import { bySalience, byStanding, salienceOf } from './salience.ts';
import type { SentenceContext } from './sentence-context.ts';
import { SPEECH_AFTER, speakerNamedBefore } from './speaking-descriptor.ts';
import { basedTown, learnTowns, qualifierTown, townAt, townCandidates } from './town-descriptors.ts';
import { FR_TRADE_NOUNS } from './trade-nouns.ts';

/**
 * Role nouns journalists use instead of a company's name ("la jeune pousse", "l'hébergeur", "the
 * Walldorf-based software maker"). Synonyms share a class, so "la start-up Quantalys" lets a later
 * "la jeune pousse" stand for Quantalys. Generic nouns (groupe, company) need a qualifier
 * ("le groupe pétrolier") because bare "le groupe" is the article's subject, read elsewhere.
 */
interface RoleLexicon {
  /** role word (folded) -> class */
  classes: Record<string, string>;
  generic: ReadonlySet<string>;
  /** Definite descriptor: group 1 the role word, group 2 what follows it (fr) or precedes it (en). */
  descriptor: RegExp;
  /** "la start-up grenobloise Quantalys": the role right before a name introduces it. */
  introBefore: RegExp;
  /** "Cybelia, une jeune entreprise lyonnaise": the role in an apposition after a name. */
  introAfter: RegExp;
  /** Words that cannot qualify a generic role ("le groupe a", "the two companies"). */
  notQualifier: ReadonlySet<string>;
}

/**
 * Establishments a company is often named after ("Distillerie Boisrenard", "Clinique Saint-Aurèle", "Banque Mamer"): "la
 * distillerie" stands only for a company the article introduced with that word, never for any other.
 */
const ESTABLISHMENTS: ReadonlySet<string> = new Set(
  'banque distillerie biscuiterie brasserie fromagerie fonderie cimenterie tannerie verrerie savonnerie chocolaterie confiserie papeterie sucrerie clinique scierie minoterie conserverie maroquinerie'.split(
    ' ',
  ),
);
const FR_ROLES: Record<string, string> = {
  'jeune pousse': 'startup',
  'start-up': 'startup',
  startup: 'startup',
  pepite: 'startup',
  'jeune entreprise': 'startup',
  licorne: 'startup',
  'scale-up': 'startup',
  editeur: 'editeur',
  exploitant: 'exploitant',
  fabricant: 'fabricant',
  manufacturier: 'fabricant',
  pneumaticien: 'fabricant',
  specialiste: 'specialiste',
  operateur: 'operateur',
  constructeur: 'constructeur',
  equipementier: 'equipementier',
  industriel: 'industriel',
  esn: 'esn',
  integrateur: 'integrateur',
  fournisseur: 'fournisseur',
  distributeur: 'distributeur',
  epicier: 'distributeur',
  detaillant: 'distributeur',
  grossiste: 'distributeur',
  laboratoire: 'laboratoire',
  assureur: 'assureur',
  petrolier: 'petrolier',
  transporteur: 'transporteur',
  developpeur: 'developpeur',
  concepteur: 'concepteur',
  // "la PME": a small company, which the registry's established groups are not.
  pme: 'pme',
  groupe: 'groupe',
  societe: 'groupe',
  entreprise: 'groupe',
  firme: 'groupe',
  // « le géant de Saskatoon », « le numéro un mondial du ciment »: a company's standing, generic like "le
  // groupe" (it needs a qualifier, and stands for the story's subject before any other company).
  geant: 'giant',
  'numero un': 'giant',
  leader: 'giant',
  // Their own classes: "la maison" stands bare for a company the article called "Maison Vareilles".
  manufacture: 'manufacture',
  maison: 'maison',
  cooperative: 'cooperative',
  courtier: 'courtier',
  mutuelle: 'mutuelle',
  enseigne: 'enseigne',
  loueur: 'loueur',
  biotech: 'biotech',
  medtech: 'medtech',
  fintech: 'fintech',
  prestataire: 'fournisseur',
  'sous-traitant': 'fournisseur',
  laiterie: 'laiterie',
  negociant: 'distributeur',
  manutentionnaire: 'logisticien',
  transitaire: 'logisticien',
  studio: 'studio',
  hopital: 'hopital',
  chu: 'hopital',
  ministere: 'ministere',
  ...FR_TRADE_NOUNS,
  // « le titre du minier »: the mining company of a stock story, like the English "miner".
  minier: 'miner',
  // « la junior »: in Canadian French business prose, a small mining explorer or developer (« une junior minière »).
  junior: 'junior',
  ...Object.fromEntries([...ESTABLISHMENTS].map((w) => [w, w])),
};
const FR_ROLE_WORDS = Object.keys(FR_ROLES)
  .sort((a, b) => b.length - a.length)
  .join('|');

const EN_ROLES: Record<string, string> = {
  startup: 'startup',
  'start-up': 'startup',
  unicorn: 'startup',
  maker: 'maker',
  builder: 'maker',
  manufacturer: 'maker',
  producer: 'maker',
  developer: 'developer',
  provider: 'provider',
  operator: 'operator',
  vendor: 'vendor',
  specialist: 'specialist',
  lender: 'lender',
  insurer: 'insurer',
  carrier: 'carrier',
  supplier: 'supplier',
  retailer: 'retailer',
  integrator: 'integrator',
  designer: 'designer',
  company: 'company',
  group: 'company',
  firm: 'company',
  giant: 'giant',
  major: 'major',
  drugmaker: 'drugmaker',
  carmaker: 'carmaker',
  automaker: 'carmaker',
  chipmaker: 'chipmaker',
  planemaker: 'planemaker',
  biotech: 'biotech',
  grocer: 'retailer',
  chain: 'retailer',
  broker: 'broker',
  utility: 'utility',
  airline: 'airline',
  bank: 'lender',
  miner: 'miner',
  explorer: 'miner',
  cooperative: 'cooperative',
  'co-op': 'cooperative',
  steelmaker: 'steelmaker',
  shipbuilder: 'shipbuilder',
  truckmaker: 'carmaker',
  tyremaker: 'maker',
  tiremaker: 'maker',
  glassmaker: 'maker',
  papermaker: 'maker',
  hospital: 'hopital',
  trust: 'hopital',
  authority: 'authority',
  agency: 'agency',
  ministry: 'ministere',
  council: 'council',
  brewery: 'brasserie',
  distillery: 'distillerie',
  foundry: 'fonderie',
  tannery: 'tannerie',
  clinic: 'clinique',
};
/** English roles specific enough to stand for a company without a qualifier ("the broker", "the drugmaker"). */
const BARE_EN_ROLES = new Set([
  'broker',
  'insurer',
  'lender',
  'drugmaker',
  'carmaker',
  'automaker',
  'chipmaker',
  'planemaker',
  'biotech',
  'grocer',
  'retailer',
  'startup',
  'start-up',
  'airline',
  'utility',
  'miner',
  'cooperative',
  'co-op',
  'bank',
  'steelmaker',
  'shipbuilder',
  'hospital',
  'trust',
  'authority',
  'agency',
  'ministry',
  'council',
]);
/**
 * Public buyers' roles ("l'hôpital", "the authority", "the agency"): they stand only for a body the article
 * introduced with that role or whose own name says it ("CHU de Brest", "Saskatchewan Health Authority"),
 * never for whatever company was named last.
 */
const PUBLIC_ROLES: ReadonlySet<string> = new Set(['hopital', 'ministere', 'authority', 'agency', 'council']);
/** Where a sentence's subject starts: its opening, or after a clause break. */
const SUBJECT_SLOT = /(?:^|[,;:]\s*|\b(?:and|but|while|as|since)\s+)$/u;
/** "according to the bank", "said the insurer": the reporting speaker, a company the story told of. */
const SPEAKER_SLOT = /(?:\baccording to|\bsaid|\bsays|\badded)\s+$/u;
const EN_ROLE_WORDS = Object.keys(EN_ROLES)
  .sort((a, b) => b.length - a.length)
  .join('|');

const LEXICONS: Record<'fr' | 'en', RoleLexicon> = {
  fr: {
    classes: FR_ROLES,
    generic: new Set([
      'groupe',
      'societe',
      'entreprise',
      'firme',
      'manufacture',
      'maison',
      'geant',
      'numero un',
      'leader',
    ]),
    // "60 % du capital du spécialiste lyonnais", "au chimiste": the article fused with its preposition.
    descriptor: new RegExp(`\\b(?:l'|le |la |du |au )(${FR_ROLE_WORDS})\\b((?: [a-z-]+){0,3})`, 'gu'),
    // « le rachat du motoriste bâlois Birsig », « au capital du spécialiste lyonnais Quantalys »: a fused article too.
    introBefore: new RegExp(
      `\\b(?:l'|le |la |les |une |un |du |au |des |aux )(${FR_ROLE_WORDS})(?: [a-z-]+){0,2}(?: de l'[a-z-]+| de la [a-z-]+)? $`,
      'u',
    ),
    // "InVivo, dont la coopérative est adhérente": a relative clause's role is another company's.
    introAfter: new RegExp(
      `^\\s*,\\s*(?!(?:dont|qui|que|ou|avec|chez|dans|aupres)\\b)(?:l'|le |la |une |un )?(?:[a-z-]+ ){0,2}(${FR_ROLE_WORDS})\\b`,
      'u',
    ),
    notQualifier: new Set(
      'a ont est sont sera seront etait avait doit peut qui que dont de du des d et ou en au aux dans pour avec sur par sans mais aussi deja lui elle se s y ne n entend compte prevoit va vont commune communes conjointe'.split(
        ' ',
      ),
    ),
  },
  en: {
    classes: EN_ROLES,
    generic: new Set(['company', 'group', 'firm']),
    // "the Speyside gin and whisky maker": two trades joined by "and" may make a fourth qualifier word.
    descriptor: new RegExp(
      `\\bthe ((?:[a-z][a-z-]* ){0,3}|(?:[a-z][a-z-]* ){1,2}and (?:[a-z][a-z-]* ){1,2})(${EN_ROLE_WORDS})\\b(?!-)`,
      'gu',
    ),
    introBefore: new RegExp(`\\b(?:the |an? )(?:[a-z-]+ ){0,3}(${EN_ROLE_WORDS}) $`, 'u'),
    introAfter: new RegExp(`^\\s*,\\s*(?:the |an? )(?:[a-z-]+ ){0,4}(${EN_ROLE_WORDS})\\b`, 'u'),
    notQualifier: new Set(
      'two three both other same parent joint new combined whole entire former latter first second its their our this that which'.split(
        ' ',
      ),
    ),
  },
};

/** Roles too loose to stand for a company the article did not introduce with them. */
/** « la junior » too: a market story names several juniors and majors, and only the one the article called so is it. */
const INTRODUCED_ONLY: ReadonlySet<string> = new Set(['studio', 'junior', ...ESTABLISHMENTS]);
/** Generic roles that still stand bare for the company whose own name opens on them ("Maison Vareilles"). */
const NAMED_GENERIC: ReadonlySet<string> = new Set(['maison', 'manufacture']);

const BIG_ROLES: ReadonlySet<string> = new Set(['groupe', 'group', 'manufacture', 'maison']);

/**
 * A sentence opening on a participle phrase with no comma yet ("Fondée par …", "Tout juste passée sous le
 * contrôle de Thales, la société …", "Acquired by Thales last year, the firm …"): a name inside it is no
 * apposition's head.
 */
export const FRONTED_PARTICIPLE =
  /^\s*(?:(?:tout juste|a peine|recemment|fraichement|deja|only just|just|recently|newly|already) )?(?:fonde|fondee|fondes|fondees|cree|creee|crees|creees|nee|ne|issue?s?|installee?s?|basee?s?|implantee?s?|detenue?s?|soutenue?s?|passee?s?|rachetee?s?|acquise?s?|reprise?s?|controlee?s?|absorbee?s?|founded|created|set up|spun (?:out|off)|based|backed|owned|born|started|acquired|bought|taken over|purchased|absorbed|controlled)\b[^,;]*$/u;

/** Nationality words of a descriptor ("le groupe allemand", "the Dutch provider") -> registry country. */
const DEMONYMS: Record<string, string> = {
  allemand: 'DE',
  allemande: 'DE',
  german: 'DE',
  francais: 'FR',
  francaise: 'FR',
  french: 'FR',
  americain: 'US',
  americaine: 'US',
  american: 'US',
  britannique: 'GB',
  british: 'GB',
  neerlandais: 'NL',
  neerlandaise: 'NL',
  dutch: 'NL',
  danois: 'DK',
  danoise: 'DK',
  danish: 'DK',
  norvegien: 'NO',
  norvegienne: 'NO',
  norwegian: 'NO',
  suedois: 'SE',
  suedoise: 'SE',
  swedish: 'SE',
  finlandais: 'FI',
  finlandaise: 'FI',
  finnish: 'FI',
  italien: 'IT',
  italienne: 'IT',
  italian: 'IT',
  espagnol: 'ES',
  espagnole: 'ES',
  spanish: 'ES',
  suisse: 'CH',
  swiss: 'CH',
  japonais: 'JP',
  japonaise: 'JP',
  japanese: 'JP',
  chinois: 'CN',
  chinoise: 'CN',
  chinese: 'CN',
  belge: 'BE',
  belgian: 'BE',
  irlandais: 'IE',
  irish: 'IE',
  coreen: 'KR',
  coreenne: 'KR',
  korean: 'KR',
  // "the US software group", "the UK lender": the country's short name stands for its demonym.
  us: 'US',
  uk: 'GB',
  canadien: 'CA',
  canadienne: 'CA',
  canadian: 'CA',
  australien: 'AU',
  australienne: 'AU',
  australian: 'AU',
  autrichien: 'AT',
  autrichienne: 'AT',
  austrian: 'AT',
  portugais: 'PT',
  portugaise: 'PT',
  portuguese: 'PT',
  indien: 'IN',
  indienne: 'IN',
  indian: 'IN',
  bresilien: 'BR',
  bresilienne: 'BR',
  brazilian: 'BR',
  taiwanais: 'TW',
  taiwanaise: 'TW',
  taiwanese: 'TW',
  luxembourgeois: 'LU',
  luxembourgeoise: 'LU',
  luxembourg: 'LU',
};

/**
 * « le spécialiste gantois », « le groupe lucernois », « la firme montréalaise », "the Flemish group": a
 * foreign town's or region's demonym gives its country, like a national one (feminine and plural forms as
 * for French places below).
 */
const FOREIGN_LOCAL: Record<string, string> = {
  BE: 'gantois anversois liegeois bruxellois limbourgeois flamand wallon namurois carolorégien louvaniste hennuyer brabançon flemish walloon',
  CH: 'lucernois genevois vaudois zurichois bâlois lausannois bernois valaisan neuchâtelois tessinois biennois fribourgeois',
  CA: 'montréalais québécois torontois montérégien ontarien albertain',
  IT: 'milanais turinois lombard piémontais vénitien napolitain',
  DE: 'munichois berlinois hambourgeois bavarois bavarian francfortois rhénan souabe',
  ES: 'madrilène barcelonais catalan andalou valencien',
  GB: 'londonien écossais gallois scottish welsh',
  NL: 'rotterdamois amstellodamois eindhovenois',
  US: 'new-yorkais californien texan',
};
const LOCAL_COUNTRIES: Record<string, string> = Object.fromEntries(
  Object.entries(FOREIGN_LOCAL).flatMap(([country, words]) =>
    words
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(' ')
      .flatMap((w) => [w, `${w}e`, `${w}s`, `${w}es`, `${w}ne`, `${w}nes`])
      .map((w) => [w, country]),
  ),
);

/**
 * "le groupe corrézien", "l'opérateur toulousain", "the Lyon-based": a French town's or region's demonym.
 * A closed list: a suffix rule would take "américain", "québécois" or "ancien" for French places.
 */
const FR_LOCAL: ReadonlySet<string> = new Set(
  (
    'parisien lyonnais marseillais toulousain nantais bordelais lillois rennais grenoblois strasbourgeois ' +
    'montpellierain nicois nanceien messin dijonnais rouennais brestois angevin tourangeau clermontois ' +
    'stephanois havrais caennais orleanais limougeaud poitevin rochelais palois bayonnais toulonnais ' +
    'nimois avignonnais perpignanais annecien chambérien savoyard dauphinois isérois drômois ardéchois ' +
    'breton normand alsacien lorrain picard champenois bourguignon franc-comtois auvergnat limousin ' +
    'corrézien périgourdin girondin landais basque béarnais gascon occitan provençal azuréen corse ' +
    'vendéen francilien ligérien mayennais sarthois manceau vosgien ardennais nordiste ' +
    'rhodanien jurassien aveyronnais tarnais lotois cantalien ariégeois'
  )
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(' ')
    .flatMap((w) => [w, `${w}e`, `${w}s`, `${w}es`, `${w}ne`, `${w}nes`]),
);

/**
 * "the engine maker", "le constructeur automobile": a maker's qualifier that names its trade, for fitting
 * the role to a company's name or registry trade (the role the article introduces stays the maker's).
 */
const MAKER_TRADES: Record<string, string> = {
  engine: 'motoriste',
  car: 'carmaker',
  auto: 'carmaker',
  automobile: 'carmaker',
  vehicle: 'carmaker',
  chip: 'chipmaker',
  semiconductor: 'chipmaker',
  drug: 'drugmaker',
  plane: 'planemaker',
  aircraft: 'planemaker',
  jet: 'planemaker',
  aeronautique: 'avionneur',
  steel: 'steelmaker',
};
const MAKER_CLASSES: ReadonlySet<string> = new Set(['maker', 'fabricant', 'constructeur']);

/** The class a descriptor's trade is fitted by: the maker's qualified trade, else its own class. */
function tradeClass(cls: string, words: readonly string[]): string {
  if (!MAKER_CLASSES.has(cls)) return cls;
  for (const w of words) {
    const trade = MAKER_TRADES[w];
    if (trade !== undefined) return trade;
  }
  return cls;
}

/**
 * Companies the article named before this sentence, the most salient first: "l'équipementier" the article
 * never introduced stands for the company the story is about, not the one a side remark named last.
 */
function salienceOrder(state: ArticleState): string[] {
  const mentioned = state.mentioned ?? [];
  if (state.salience === undefined) return [...mentioned].reverse();
  const named = new Set(mentioned);
  const ranked = bySalience(state.salience).filter((n) => named.has(n));
  const seen = new Set(ranked);
  return [...ranked, ...[...mentioned].reverse().filter((n) => !seen.has(n))];
}

/** Fused trades (« du minier ») a company's own name can say: only these pass the topic over for a name that fits. */
const FITTING_TRADES: ReadonlySet<string> = new Set(['miner']);

/** Below this share of the most salient company's salience, a company is a side remark of the story. */
const SIDE_MENTION = 1 / 3;

/**
 * Whether a company is still in the story's focus: "l'épicier" after a story of Carrefour and an épicerie
 * that named Casino in passing is not Casino, whatever its trade.
 */
function inFocus(state: ArticleState, name: string, top: string | undefined): boolean {
  if (state.salience === undefined || top === undefined || top === name) return true;
  return salienceOf(state.salience, name) >= SIDE_MENTION * salienceOf(state.salience, top);
}

/**
 * The first company, the most salient first, whose name or registry trade fits the role. A trade only the
 * registry gives does not pass over a more salient company whose trade nobody knows ("l'hébergeur" after
 * a story of an unlisted host that also names OVHcloud is that host).
 */
function fittingByTrade(
  candidates: readonly string[],
  cls: string,
  ctx: SentenceContext,
): string | undefined {
  let unknownAhead = false;
  for (const n of candidates) {
    if (nameFitsRole(cls, n)) return n;
    if (!unknownAhead && nameFitsRole(cls, n, ctx.registry)) return n;
    if (!narrowTrade(cls) && tradeUnknown(n, ctx.registry)) unknownAhead = true;
  }
  return undefined;
}

/** "…, and said the chipmaker would", « … a indiqué que l'équipementier allait »: a report verb right before. */
const REPORTED_BEFORE =
  /\b(?:said|says|added|explained|confirmed|(?:a |ont )?(?:indique|precise|ajoute|explique|confirme|declare)) (?:that |que |qu')?$/u;
/** Its speaker: "a spokeswoman for X", « un porte-parole de X », or X itself, opening the sentence. */
const VOICE_OPENING =
  /^(?:(?:an? |the |un |une |le |la )?(?:spokes(?:man|woman|person)|representative|porte-parole|representant\w*) (?:for |of |at |de |d'|du ))?$/u;

/**
 * The one company whose voice reports the clause a descriptor opens: the sentence names it first, as its
 * subject or after its spokesperson, names no other company before the descriptor, and the descriptor
 * follows a report verb.
 */
function reportingCompany(ctx: SentenceContext, at: number): PartyMention | undefined {
  if (!REPORTED_BEFORE.test(ctx.folded.slice(Math.max(0, at - 30), at))) return undefined;
  const before = ctx.parties.filter((p) => p.type === 'company' && p.end <= at);
  const first = before[0];
  if (first === undefined || before.some((p) => p.name !== first.name)) return undefined;
  return VOICE_OPENING.test(ctx.folded.slice(0, first.start)) ? first : undefined;
}

/**
 * Role class -> the company a descriptor of that class last stood for, by article (keyed by its roles map,
 * which a live page's new item replaces): "La coopérative agricole, qui réunit …" read as Terres de
 * Saintonge, a later bare "la coopérative" is it again, not whichever company the sentences between named
 * last. A qualified one ("l'équipementier français" after "l'équipementier de Rodez") may be another.
 */
const RESOLVED_ROLES = new WeakMap<Map<string, string>, Map<string, string>>();

/** Learns which company a role noun introduced ("la start-up grenobloise Quantalys"). */
function learnRoles(
  ctx: SentenceContext,
  parties: readonly PartyMention[],
  lexicon: RoleLexicon,
  roles: Map<string, string>,
): void {
  for (const p of parties) {
    if (p.type !== 'company') continue;
    // "Laiterie de Kervallec", "Mutuelle Alvéane": a name that opens on a role word introduces that role.
    const words = ctx.folded.slice(p.start, p.end).split(/[\s']/u);
    const word = words[0] ?? '';
    const head = lexicon.classes[word];
    if (head !== undefined && (!lexicon.generic.has(word) || NAMED_GENERIC.has(word)))
      roles.set(head, p.name);
    // "Hallbeck Brewery": an English name ends on its establishment.
    const last =
      ctx.rules.language === 'en' && words.length > 1 ? lexicon.classes[words.at(-1) ?? ''] : undefined;
    if (last !== undefined && ESTABLISHMENTS.has(last)) roles.set(last, p.name);
    const before = lexicon.introBefore.exec(ctx.folded.slice(Math.max(0, p.start - 60), p.start));
    // "Fondée par d'anciens chercheurs de l'Inria, la start-up …": the role is the main clause's subject.
    const after = FRONTED_PARTICIPLE.test(ctx.folded.slice(0, p.start))
      ? null
      : lexicon.introAfter.exec(ctx.folded.slice(p.end, p.end + 80));
    // "Arbelis, l'entreprise de services du numérique (ESN) lyonnaise": the bracketed short role is its too.
    const bracketed = after === null ? null : BRACKETED_ROLE.exec(ctx.folded.slice(p.end, p.end + 90));
    for (const m of [before, after, bracketed]) {
      const cls = m?.[1] !== undefined ? lexicon.classes[m[1]] : undefined;
      if (cls !== undefined) roles.set(cls, p.name);
    }
  }
}

/** Whether a company named before `at` is introduced in this sentence with a role of that class. */
function introducedBefore(ctx: SentenceContext, lexicon: RoleLexicon, cls: string, at: number): boolean {
  return ctx.parties.some((p) => {
    if (p.type !== 'company' || p.end > at) return false;
    const m = lexicon.introAfter.exec(ctx.folded.slice(p.end, Math.min(at, p.end + 80)));
    return m?.[1] !== undefined && lexicon.classes[m[1]] === cls;
  });
}

const APPOSED_TO = /^\s*,\s*$/u;
/** « Coopérative betteravière de », « Laiterie de la »: a title-case role word, then an adjective or « de ». */
const TITLED_ROLE =
  /^\p{Lu}\p{Ll}+ (?:\p{Ll}+(?:ne|le|re|se|te|ce|al|ale|ier|iere|ois|oise|ais|aise|ien|ienne|ique|in|ine)\b|de |du |des |d['’])/u;
/** The sentence's opening capitalised words, then the comma of an apposition. */
const OPENING_NAME_APPOSED = /^\s*\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3},\s*$/u;
/** « Selon Les Echos, l'ESN discuterait … »: a source opening the sentence, which no role after it restates. */
const SOURCE_OPENING = /^\s*(?:selon|d['’]apr[eè]s|according to)\s/iu;
/** A role's verb right after it and at most one adjective: « le cimentier suisse a opposé », "the group has denied". */
const SUBJECT_VERB_AFTER =
  /^(?: [a-z-]+)? (?:a|ont|avait|avaient|aurait|auraient|n'a|n'ont|n'avait|ne|s'est|se|est|sont|vient|has|had|have|is|was|said|says|denied|confirmed|declined)\b/u;
/** "Deux jours après …, le cimentier", "After a report on …, the group": the sentence opens on a fronted phrase. */
const FRONTED_OPENER =
  /^\s*(?:(?:\p{L}+ ){0,3}(?:apres|avant|depuis|malgre|face a|selon|after|before|following|despite|since)\b|(?:\p{L}+ant|\p{L}+ing)\b|(?:interroge|sollicite|contacte|joint|asked|contacted)e?s?\b)/u;
function opensOnFrontedPhrase(ctx: SentenceContext, at: number): boolean {
  return at > 0 && FRONTED_OPENER.test(ctx.folded.slice(0, at));
}
/** "de ", "d'", or a street: « de l'avenue », « du boulevard », « de la rue de la ». */
const STREET_OF =
  /^ (?:(?:du|de la|de l') ?(?:avenue|rue|boulevard|quai|place|cours|allee|route|chemin|esplanade|parvis|tour) (?:de la |de l'|des |de |du |d')?|de |d')/u;
/**
 * A role right before the name it introduces: "la start-up grenobloise Quantalys" (French adjectives follow
 * the role), "the Geneva-based carrier Valdrenne" or "the start-up called Lumio" (English ones precede it).
 * An English role followed by a word then a name is the subject of a verb: "the carrier obtained ISO 14001",
 * "the bank told Reuters", "the company and TotalEnergies".
 */
const FR_INTRODUCED = /^(?: [\p{Ll}-]+){0,2} ?[«"“]?\s?[\p{Lu}]/u;
const EN_INTRODUCED = /^(?: (?:called|named|dubbed|known as|branded))? ?[«"“]?\s?[\p{Lu}]/u;
const BRACKETED_ROLE = /^\s*,[^,;()]{0,70}?\(\s*([a-z-]{2,12})\s*\)/u;
/** "a deal under which", "un accord en vertu duquel": the clause that tells what the deal the sentence named does. */
const DEAL_RELATIVE =
  /\b(?:under which|whereby|through which|en vertu (?:duquel|de laquelle)|aux termes (?:duquel|de laquelle)|dans le cadre (?:duquel|de laquelle)|par lequel|par laquelle)\b[^.;]{0,60}$/u;
/** "a week after the …", "days before the …", "après que le …": a time clause opening on the descriptor. */
const TIME_CLAUSE =
  /(?:,\s*|\b)(?:(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?) (?:after|before)|(?:shortly|just|only|days|weeks|months) (?:after|before)|(?:une|deux|trois|quatre|\d+) (?:jours?|semaines?|mois) apres que|peu apres que|apres que|avant que)\s+(?:(?:the|le|la|l')\s*)?$/u;
/** The last name, then the colon that opens a clause telling more of the same deal. */
const ELABORATION = /^[^.;:]{0,80}:\s[^.;:]{0,40}$/u;
const PURPOSE_CLAUSE =
  /\b(?:pour que|pour qu'|afin que|afin qu'|de sorte que|so that|in order for|in order that)\s?/u;

// Where the descriptor's clause begins: after the last "that"/"que" before it, else at the sentence start.
const CLAUSE_OPENER = /\b(?:that|que|qu['’])\s/gu;

/** The country a descriptor's demonym gives ("allemand", "Norwegian"). */
const countryOf = (words: readonly string[]) =>
  words.map((w) => DEMONYMS[w] ?? LOCAL_COUNTRIES[w]).find((c) => c !== undefined);

/** The first half of a compound demonym ("franco-italien", "Anglo-Dutch") -> registry country. */
const COMPOUND_FIRST: Record<string, string> = {
  franco: 'FR',
  germano: 'DE',
  anglo: 'GB',
  italo: 'IT',
  hispano: 'ES',
  luso: 'PT',
  belgo: 'BE',
  helvetico: 'CH',
  americano: 'US',
  canado: 'CA',
  sino: 'CN',
  nippo: 'JP',
  indo: 'IN',
  russo: 'RU',
  suedo: 'SE',
  norvego: 'NO',
  dano: 'DK',
};

/**
 * "le groupe franco-italien", "the Anglo-Dutch consumer group": a company of either country, so one known to
 * be from a third (the Taiwanese topic of a chip story) is not it.
 */
function compoundCountries(words: readonly string[]): readonly string[] | undefined {
  for (const w of words) {
    const [first, second, ...more] = w.split('-');
    const a = COMPOUND_FIRST[first ?? ''];
    const b = DEMONYMS[second ?? ''];
    if (a !== undefined && b !== undefined && more.length === 0) return [a, b];
  }
  return undefined;
}
/** "FR" for a descriptor naming a French town or region ("nantais", "breton"). */
const regionOf = (words: readonly string[]) => (words.some((w) => FR_LOCAL.has(w)) ? 'FR' : undefined);
/** The place a descriptor's words give: its country, else its French region. */
const placeOf = (words: readonly string[]) => countryOf(words) ?? regionOf(words);

/** « l'allemand Sternwald Optik », « du norvégien Fjellstad »: a French demonym standing before a name. */
const BARE_DEMONYM = /(?:^|[\s(])(?:l'|le |la |les |du |des |au |aux |de l'|a l')([a-z-]+) $/u;

/**
 * "le groupe norvégien Fjellstad Biologics", « l'allemand Sternwald Optik »: a company the article introduces
 * with its nationality or its French region is from there, when the registry does not already place it.
 */
function learnIntroducedHome(
  ctx: SentenceContext,
  homes: Map<string, string>,
  roleEnd: number,
  words: readonly string[],
): void {
  const from = placeOf(words);
  if (from === undefined) return;
  const named = ctx.parties.find(
    (p) => p.type === 'company' && p.start >= roleEnd && p.start - roleEnd <= 40,
  );
  if (named !== undefined && ctx.registry.get(named.name)?.country === undefined && !homes.has(named.name))
    homes.set(named.name, from);
}

/** Bare French demonyms before a name (« l'allemand X », « du nantais X »): where the article says X is from. */
function learnBareDemonyms(ctx: SentenceContext, homes: Map<string, string>): void {
  if (ctx.rules.language !== 'fr') return;
  for (const p of ctx.parties) {
    if (p.type !== 'company' || homes.has(p.name) || ctx.registry.get(p.name)?.country !== undefined)
      continue;
    const word = BARE_DEMONYM.exec(ctx.folded.slice(Math.max(0, p.start - 24), p.start))?.[1];
    const from = word === undefined ? undefined : placeOf([word]);
    if (from !== undefined) homes.set(p.name, from);
  }
}

/**
 * "Fjeldnet jumped after a paper reported that Telia was preparing an offer for the Swedish fibre builder",
 * "Le titre Orvane a bondi après que Les Echos ont révélé que Thales préparait une offre sur l'équipementier
 * toulousain": a descriptor no other company fits stands for the company named last before it in the
 * sentence, never the subject of its own clause (the first company of that clause).
 */
function namedEarlierInSentence(
  ctx: SentenceContext,
  at: number,
  fits: (n: string) => boolean,
): string | undefined {
  let clauseStart = 0;
  for (const m of ctx.folded.slice(0, at).matchAll(CLAUSE_OPENER)) clauseStart = m.index + m[0].length;
  const named = ctx.parties.filter((p) => p.type === 'company' && p.end <= at);
  // "fondé par deux anciens de Schneider Electric, …, détenue par l'énergéticien": a company named as
  // outside the story (a founders' old employer, an analyst's firm) is not what a descriptor stands for.
  const outside = excludedParties(ctx, { start: 0, end: ctx.folded.length }, named);
  const before = named.filter((p) => !outside.has(p));
  const subject = before.find((p) => p.start >= clauseStart)?.name;
  return [...before].reverse().find((p) => p.name !== subject && fits(p.name))?.name;
}

/** The first company the clause around `at` names before it (after its last "that"/"que"): its subject. */
function clauseSubject(ctx: SentenceContext, at: number): string | undefined {
  let clauseStart = 0;
  for (const m of ctx.folded.slice(0, at).matchAll(CLAUSE_OPENER)) clauseStart = m.index + m[0].length;
  return ctx.parties.find((p) => p.type === 'company' && p.start >= clauseStart && p.end <= at)?.name;
}

/**
 * What a bare company noun bought into stands for in its own sentence. "Venmark shares jumped after Corlay
 * said it had bought a stake in the company": the name right before the noun, no comma between, is the
 * buyer, and the company named before it the object. "Barclays announced a deal with Farthing, a start-up
 * …, and said it had taken a stake in the company": no such buyer, so the last name past the clause's subject.
 */
function objectBefore(ctx: SentenceContext, at: number): string | undefined {
  const named = ctx.parties.filter((p) => p.type === 'company' && p.end <= at);
  const buyer = named.at(-1);
  if (buyer === undefined || /[,;]/u.test(ctx.folded.slice(buyer.end, at)))
    return namedEarlierInSentence(ctx, at, () => true);
  return named.findLast((p) => p.name !== buyer.name)?.name;
}

/** How many distinct companies the sentence names before `at`. */
function namedBefore(ctx: SentenceContext, at: number): number {
  return new Set(ctx.parties.filter((p) => p.type === 'company' && p.end <= at).map((p) => p.name)).size;
}

/** A break between the descriptor and a name: a comma or a relative pronoun opens another clause. */
const CLAUSE_BREAK = /,|\b(?:qui|dont|which|who|whose)\b/u;

/**
 * Companies this sentence names only after `from`, past a clause break, and no earlier descriptor of the
 * sentence already stands for: the descriptor's own clause does not name them.
 */
function laterInSentence(ctx: SentenceContext, from: number, taken: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const early = new Set(ctx.parties.filter((p) => p.type === 'company' && p.start < from).map((p) => p.name));
  for (const p of ctx.parties)
    if (
      p.type === 'company' &&
      p.start >= from &&
      !early.has(p.name) &&
      !taken.has(p.name) &&
      CLAUSE_BREAK.test(ctx.folded.slice(from, p.start))
    )
      out.add(p.name);
  return out;
}

/**
 * A descriptor as what a deal is for, bought into or approached: "an offer for the Cornish tin producer",
 * "had approached the Cambridge-based designer", « une OPA sur l'opérateur de fibre rennais », « racheter
 * l'éditeur lyonnais ». It never stands for its own clause's subject, the bidder.
 */
const OBJECT_SLOT =
  /\b(?:(?:offers?|bids?|approach(?:es)?|proposals?|stake|interest|equity|holding|shareholding|investment|offres?(?: publique)?(?: d'achat| de rachat| d'echange)?|opa|ope|participation(?: [a-z]+)?(?: de [\d,.]+ ?%)?|propositions?) (?:for|on|in|sur|pour|dans)|approached|approach(?:ing)?|buy|acquire|buying|acquiring|take over|taking over|takeover of|acquisition of|purchase of|racheter|acquerir|reprendre|approche(?:r|rait|raient)?|(?:rachat|acquisition|reprise) de|rachat) $/u;

/** A bare role right after a bid's noun: "an offer for the company", "une offre sur le groupe". */
const BID_OBJECT =
  /\b(?:offers?|bids?|approach(?:es)?|proposals?|offres?|opa|approches?|propositions?) (?:for|on|sur|pour) $/u;

/**
 * A bare company noun as what is bought into or approached: "a 9.9% stake in the company", "no equity in the
 * group", « a approché la société », « une participation dans l'entreprise ».
 */
const STAKE_OBJECT =
  /(?:\b(?:stake|interest|equity|holding|shareholding|participation(?: [a-z]+)?(?: de [\d,.]+ ?%)?) (?:in|dans)|\b(?:approached|approach(?:es|ing)?|approche(?:r|rait|raient|ait|aient|nt)?)) $/u;

/** A descriptor opening the clause that explains a stock's move: "after the group said", "après que le groupe a". */
const MOVE_CAUSE = /\b(?:after|as|following|when|apres que|apres qu'|alors que|lorsque|des que)\s*$/u;
const MOVE_CAUSE_ANY = /\b(?:after|as|following|when|apres que|apres qu'|alors que|lorsque|des que)\s/gu;
const STOCK_AFTER = /^(?:'s)?\s+(?:shares|stock|share price)\b/u;
const STOCK_BEFORE = /\b(?:l'action|le titre|les actions|le cours de|shares (?:in|of))\s*(?:de |d'|du )?$/u;

/** "Cressmont Energy rose 4.8% after …", "Harland Water added 1.2%": a market report's bare move verb. */
const MOVE_AFTER_NAME = String.raw`(?:'s?)?\s+(?:(?:shares|stock)\s+)?(?:(?:also|had|has|have|was|were|then|further|briefly|sharply)\s+)?(?:rose|fell|gained|added|climbed|jumped|dropped|slipped|lost|advanced|declined|surged|soared|tumbled|slid|sank|rallied|edged|gave up|was up|was down|closed|ended|finished|a gagne|a pris|a bondi|a cede|a perdu|a recule|a grimpe|a chute|a progresse|a flambe|a plonge|gagne|cede|perd|grimpe|bondit|chute|progresse|recule)\b`;
const MOVED_AFTER = new RegExp(`^${MOVE_AFTER_NAME}`, 'u');

/** The company named before `at` in the sentence whose stock moved, if any. */
function moverBefore(ctx: SentenceContext, at: number): PartyMention | undefined {
  return ctx.parties.findLast(
    (p) =>
      p.type === 'company' &&
      p.end <= at &&
      (STOCK_AFTER.test(ctx.folded.slice(p.end, p.end + 14)) ||
        STOCK_BEFORE.test(ctx.folded.slice(Math.max(0, p.start - 24), p.start)) ||
        MOVED_AFTER.test(ctx.folded.slice(p.end, p.end + 30))) &&
      /\d\s?%|\d per ?cent/u.test(ctx.folded.slice(p.end, at)),
  );
}

const MOVED_ANYWHERE = new RegExp(`[a-z0-9][\\w&.-]*${MOVE_AFTER_NAME}`, 'gu');
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'shares',
  'stock',
  'it',
  'its',
  'the',
  'they',
  'l',
  'le',
  'la',
]);

/** Whether a capitalised word read as no company moved by a figure before `at`: "Vallorge Hydrogene closed up 9.7%". */
function unreadMover(ctx: SentenceContext, at: number): boolean {
  const before = ctx.folded.slice(0, at);
  if (!/\d\s?%|\d per ?cent/u.test(before)) return false;
  for (const m of before.matchAll(MOVED_ANYWHERE)) {
    const word = /^[\w&.-]+/u.exec(m[0])?.[0] ?? '';
    if (NOT_A_NAME.has(word) || !/\p{Lu}/u.test(ctx.sentence.text[m.index] ?? '')) continue;
    if (!overlaps(ctx.parties, m.index, m.index + word.length)) return true;
  }
  return false;
}

/** Whether a company named before `at` in the sentence is the one whose stock moved. */
function movedStock(ctx: SentenceContext, at: number): boolean {
  return moverBefore(ctx, at) !== undefined;
}

/** Whether the topic word in [from, to) ("the group", "it") opens a clause explaining a stock's move. */
export function describesMover(ctx: SentenceContext, from: number, to: number): boolean {
  const m = ctx.rules.organisations.topic.exec(ctx.folded.slice(from, to));
  if (m === null) return false;
  const at = from + m.index;
  for (const c of ctx.folded.slice(0, at).matchAll(MOVE_CAUSE_ANY)) if (movedStock(ctx, c.index)) return true;
  return false;
}

/** The companies a headline tells of (not those it quotes someone naming), in its order, by article. */
const HEADLINE_COMPANIES = new WeakMap<ArticleState, readonly string[]>();

/**
 * "Talmont Aéro : Safran dément …" then "Le motoriste a démenti …": before the body names any company, the
 * lead's role nouns stand for the headline's companies.
 */
export function noteHeadlineCompanies(state: ArticleState, names: readonly string[]): void {
  HEADLINE_COMPANIES.set(state, [...new Set(names)]);
}

/** "La pépite française de l'IA Halcyra": the roles a headline introduces, for the lead's descriptors. */
export function learnHeadlineRoles(ctx: SentenceContext, state: ArticleState): void {
  state.roles ??= new Map();
  learnRoles(ctx, ctx.parties, LEXICONS[ctx.rules.language], state.roles);
}

/**
 * Adds the company a definite descriptor stands for: the company the article introduced with that
 * role, else (generic role) the article's subject, else the company named last before this sentence.
 * A descriptor right before a name introduces that name instead ("la start-up Quantalys").
 */
export function withDescribedParties(ctx: SentenceContext, state: ArticleState): PartyMention[] {
  const lexicon = LEXICONS[ctx.rules.language];
  state.roles ??= new Map();
  state.mentioned ??= [];
  state.homes ??= new Map();
  const homes = state.homes;
  /** Where a company is from: the registry's country, else the one this article gave it. */
  const homeOf = (n: string) => ctx.registry.get(n)?.country ?? homes.get(n);
  learnBareDemonyms(ctx, homes);
  const present = new Set(ctx.parties.filter((p) => p.type === 'company').map((p) => p.name));
  const found: {
    start: number;
    end: number;
    cls: string;
    generic: boolean;
    role: string;
    bidObject: boolean;
    stakeObject: boolean;
    /** What a bid or stake is for: never its own clause's subject. */
    objectSlot: boolean;
    /** The trade the role names, for fitting it to a company ("the engine maker": motoriste). */
    trade: string;
    /** « Deux jours après un article sur X, le cimentier suisse a démenti »: the main clause's subject. */
    frontedSubject: boolean;
    /** "du spécialiste", "au chimiste": only the role the article gave, or its subject, is meant. */
    fused: boolean;
    /** "la coopérative agricole", "the Italian maker": a word of its own, which a bare repeat lacks. */
    qualified: boolean;
    country?: string;
    /** "le groupe franco-italien": a company of one of these countries. */
    countries?: readonly string[];
    /** "le groupe corrézien", "l'opérateur toulousain": a French town's or region's company, so no foreign one. */
    region?: string;
    /** « le groupe de Bezons », "the Leeds-based group": the company's town (folded), never a party itself. */
    town?: string;
  }[] = [];
  lexicon.descriptor.lastIndex = 0;
  for (const m of ctx.folded.matchAll(lexicon.descriptor)) {
    const fr = ctx.rules.language === 'fr';
    const role = (fr ? m[1] : m[2]) as string;
    const words = ((fr ? m[2] : m[1]) ?? '').trim().split(/\s+/u).filter(Boolean);
    // "la maison mère": a parent is no house the article named, but the generic company role.
    const cls = role === 'maison' && words[0] === 'mere' ? 'groupe' : lexicon.classes[role];
    if (cls === undefined) continue;
    const start = m.index;
    const roleEnd = fr ? m.index + m[0].length - (m[2] ?? '').length : m.index + m[0].length;
    const objectSlot = OBJECT_SLOT.test(ctx.folded.slice(Math.max(0, start - 40), start));
    // "the maker of the iPhone" is too loose, but "approached the Cambridge-based designer of radio chips" is
    // a qualified role in an object's slot.
    if (!fr && ctx.folded.startsWith(' of ', roleEnd) && !(objectSlot && words.length > 0)) continue;
    if (overlaps(ctx.parties, start, roleEnd)) continue;
    // « La Coopérative betteravière de Hesbaye serait en passe de … »: a capitalised trade word after its
    // article, with words of its own, opens a name the engine did not read; it describes no other company.
    if (
      fr &&
      !lexicon.generic.has(role) &&
      TITLED_ROLE.test(ctx.sentence.text.slice(roleEnd - role.length, roleEnd + 30))
    )
      continue;
    // "Oracle, the Austin-based database group, declined": an apposition describes the name before it. Not
    // « Deux jours après un article sur Cementos Arlanza, le cimentier suisse a opposé un démenti »: a role
    // running straight into its verb is the main clause's subject, after a fronted phrase naming another.
    const verbAfter = SUBJECT_VERB_AFTER.test(ctx.folded.slice(roleEnd, roleEnd + 40));
    const frontedSubject = verbAfter && opensOnFrontedPhrase(ctx, start);
    if (
      !frontedSubject &&
      ctx.parties.some(
        (p) => p.type === 'company' && p.end <= start && APPOSED_TO.test(ctx.folded.slice(p.end, start)),
      )
    )
      continue;
    // « Nutrien, le géant de Saskatoon qui … »: an apposition to the name opening the sentence, read or not
    // ("Lundi, le groupe a …" opens on its subject's verb instead).
    if (
      !verbAfter &&
      OPENING_NAME_APPOSED.test(ctx.sentence.text.slice(0, start)) &&
      !SOURCE_OPENING.test(ctx.sentence.text)
    )
      continue;
    // "la start-up grenobloise Quantalys": an introduction, not a descriptor.
    const rest = ctx.sentence.text.slice(roleEnd, roleEnd + 40);
    // "la manufacture horlogère de Morteau": a name after "de" is a place or an owner, not the role's name.
    // "la maison fondée à Limoges": nor is a town after "à".
    const ofName = /^(?: [\p{Ll}-]+)? (?:de la |de l['’]|de|du|des|d['’]|à)\s?[\p{Lu}]/u.test(rest);
    if (!ofName && (fr ? FR_INTRODUCED : EN_INTRODUCED).test(rest)) {
      learnIntroducedHome(ctx, homes, roleEnd, words);
      continue;
    }
    // "le groupe de transport de voyageurs Kerhoan Mobilités": a chain of "de" complements, then the name.
    if (
      /^(?: [\p{Ll}-]+)?(?: (?:de la|de l['’]|de|du|des|d['’]|et|en) ?[\p{Ll}-]+){1,3} [\p{Lu}]/u.test(rest)
    )
      continue;
    // "la société de services numériques": a "de" complement qualifies a French role like an adjective.
    const ofNoun =
      fr &&
      words[0] === 'de' &&
      !/^(?:la|le|les|l|ce|cette|ces|sa|son|ses|leur|leurs|notre|nos)$/u.test(words[1] ?? 'la');
    const qualifiers = fr ? words.slice(ofNoun ? 1 : 0, ofNoun ? 2 : 1) : words;
    const qualified = qualifiers.length > 0 && qualifiers.every((w) => !lexicon.notQualifier.has(w));
    // "dans la manufacture" after "la Manufacture Jaquerod": a generic role the company's own name opens on
    // is that company, like a specific role.
    const generic = lexicon.generic.has(role) && !(NAMED_GENERIC.has(role) && state.roles.has(cls));
    // « celui du groupe de Bezons », "the Leeds-based group": a town the descriptor places its company in.
    // « le groupe de l'avenue Matignon », « la banque du boulevard Haussmann »: the street stands for the town.
    const ofAt = fr ? STREET_OF.exec(ctx.folded.slice(roleEnd, roleEnd + 40)) : null;
    const town = fr
      ? ofAt === null
        ? undefined
        : townAt(ctx, roleEnd + ofAt[0].length)
      : (basedTown(words) ??
        (placeOf(words) === undefined ? qualifierTown(ctx, m.index + 'the '.length, words) : undefined));
    // "les services du groupe de Larry Ellison": a fused article before a generic role is too loose a reference.
    if (generic && /^(?:du|au) /u.test(m[0]) && town === undefined) continue;
    // "the broker, which employs 90 people": a specific English role stands alone; "the company" needs a qualifier.
    const bare =
      !fr &&
      words.length === 0 &&
      BARE_EN_ROLES.has(role) &&
      (SUBJECT_SLOT.test(ctx.folded.slice(Math.max(0, start - 12), start)) ||
        SPEAKER_SLOT.test(ctx.folded.slice(Math.max(0, start - 16), start)) ||
        // "… up 2.6%, after the insurer said it had agreed to …": the speaker of the clause explaining the move.
        (MOVE_CAUSE.test(ctx.folded.slice(Math.max(0, start - 24), start)) &&
          SPEECH_AFTER.test(ctx.folded.slice(roleEnd, roleEnd + 40))));
    // "said it had not made an offer for the company": the bid's object is a company the story told of.
    const bidObject =
      state.target !== undefined && BID_OBJECT.test(ctx.folded.slice(Math.max(0, start - 30), start));
    // "said it had taken a stake in the company": a bare company noun bought into is another company.
    const stakeObject =
      generic && !qualified && STAKE_OBJECT.test(ctx.folded.slice(Math.max(0, start - 40), start));
    // "a stake in the brewery" after "Hallbeck Brewery": an establishment the article named stands bare.
    const established = INTRODUCED_ONLY.has(cls) && cls !== 'studio' && state.roles.has(cls);
    if ((generic || !fr) && !qualified && !bare && !bidObject && !stakeObject && !established) continue;
    const country = countryOf(words);
    const countries = compoundCountries(words);
    const region = regionOf(words);
    found.push({
      start,
      end: roleEnd,
      cls,
      generic,
      role,
      bidObject,
      stakeObject,
      objectSlot,
      trade: tradeClass(cls, words),
      frontedSubject,
      fused: /^(?:du|au) /u.test(m[0]),
      qualified,
      ...(country !== undefined ? { country } : {}),
      ...(countries !== undefined ? { countries } : {}),
      ...(region !== undefined ? { region } : {}),
      ...(town !== undefined ? { town } : {}),
    });
  }
  learnTowns(ctx, state, (w) => lexicon.classes[w] !== undefined);
  const out = [...ctx.parties];
  let resolved = RESOLVED_ROLES.get(state.roles);
  if (resolved === undefined) {
    resolved = new Map();
    RESOLVED_ROLES.set(state.roles, resolved);
  }
  const used = new Set(present);
  const resolvedHere = new Set<string>();
  // Roles the article introduced first, then the subject, then the last company named.
  const ordered = [...found].sort(
    (a, b) => Number(state.roles?.has(b.cls)) - Number(state.roles?.has(a.cls)),
  );
  for (const d of ordered) {
    // "le studio" stands only for a company the article introduced as one ("le studio lyonnais Pixelorme"):
    // publishers and platforms have studios too.
    if (INTRODUCED_ONLY.has(d.cls) && !state.roles?.has(d.cls)) continue;
    // « le groupe de Taufkirchen »: the company the article placed in that town, else the one of the sentences
    // around it the article did not place elsewhere; a company placed in another town is never it.
    const placedIn =
      d.town === undefined ? undefined : townCandidates(ctx, state, d.town, d.start, resolvedHere);
    const byTown = placedIn?.placed ?? placedIn?.remaining;
    if (byTown !== undefined) {
      out.push({ name: byTown, type: 'company', known: true, start: d.start, end: d.end });
      used.add(byTown);
      resolvedHere.add(byTown);
      continue;
    }
    if (d.town !== undefined && d.fused && d.generic) continue;
    // "Amazon aurait conclu avec Atos un accord pour que l'ESN exploite ses services": in a purpose
    // clause after the deal's own companies, the descriptor points back to one of them, adding no party.
    const lastNamed = ctx.parties.filter((p) => p.type === 'company' && p.end <= d.start).at(-1);
    if (lastNamed !== undefined && PURPOSE_CLAUSE.test(ctx.folded.slice(lastNamed.end, d.start))) continue;
    // "Corvalis a ouvert la séance : le fabricant de Vierzon a bondi de 9 %", "Pellmar rose 3% after The Courier
    // reported that the payments group is in talks …": the descriptor restates the sentence's one company, its
    // subject, whatever company the sentences before kept in view.
    const restated =
      d.objectSlot || d.fused || d.bidObject || d.stakeObject
        ? undefined
        : restatedSubject(ctx, d.start, (n) => {
            const home = homeOf(n);
            const from = d.country ?? d.region;
            return (
              (from === undefined || home === undefined || home === from) &&
              !registryMisfits(d.trade, n, ctx.registry) &&
              !nameMisfits(d.trade, n)
            );
          });
    if (restated !== undefined) {
      out.push({ ...restated, start: d.start, end: d.end });
      resolvedHere.add(restated.name);
      continue;
    }
    // "A spokeswoman for STMicroelectronics … said the chipmaker would also process wafers for Quantalpe": a
    // company's voice telling of its trade speaks of that company, the one the sentence names as speaking.
    const voice = d.objectSlot || d.generic ? undefined : reportingCompany(ctx, d.start);
    const spoken = voice === undefined ? undefined : fittingByTrade([voice.name], d.trade, ctx);
    if (voice !== undefined && spoken !== undefined) {
      out.push({ ...voice, start: d.start, end: d.end });
      resolvedHere.add(spoken);
      continue;
    }
    // "X a signé avec Y un accord de distribution : l'opérateur revendra …": the clause after the colon
    // tells the deal of the two just named, so its descriptor stands for one of them.
    if (
      lastNamed !== undefined &&
      present.size >= 2 &&
      ELABORATION.test(ctx.folded.slice(lastNamed.end, d.start))
    )
      continue;
    // "Temenos shares rose 5% after the banking software group said it had won a contract": the stock's
    // company explains its own move; the descriptor is that company again, adding no party.
    // "Harland Water added 1.2% after the utility said it had obtained …": that company again, as the subject.
    if (MOVE_CAUSE.test(ctx.folded.slice(Math.max(0, d.start - 24), d.start))) {
      const mover = moverBefore(ctx, d.start);
      if (mover !== undefined) {
        out.push({ ...mover, start: d.start, end: d.end });
        continue;
      }
      // "In Paris, Vallorge Hydrogene closed up 9.7% after the Grenoble-based company …": the mover is a
      // name the engine did not read; the descriptor is that company, not the story's topic.
      if (unreadMover(ctx, d.start)) continue;
    }
    // "Engie has agreed to buy … Castelvent, …, the French utility confirmed", "Aviva rose … after the insurer
    // said": a descriptor speaking in a sentence that named its own subject is one of the sentence's companies.
    const speaker = d.objectSlot
      ? undefined
      : speakerNamedBefore(
          ctx,
          { start: d.start, end: d.end, ...((d.country ?? d.region) ? { from: d.country ?? d.region } : {}) },
          (n) => !registryMisfits(d.trade, n, ctx.registry) && !nameMisfits(d.trade, n),
          (names) => fittingByTrade(names, d.trade, ctx),
        );
    if (speaker !== undefined) {
      out.push({ name: speaker, type: 'company', known: true, start: d.start, end: d.end });
      used.add(speaker);
      resolvedHere.add(speaker);
      continue;
    }
    // "Unite said it had not made an offer for the company": the company the story's takeover is for.
    if (d.bidObject && state.target !== undefined) {
      out.push({ name: state.target, type: 'company', known: true, start: d.start, end: d.end });
      used.add(state.target);
      continue;
    }
    // "Barclays announced a partnership with Farthing, … and said it had taken a stake in the company": the
    // company the sentence named before, not the clause's own subject (the buyer), else the story's most
    // salient company when the sentence does not name it; "Thales said it took a stake in the company" adds none.
    if (d.stakeObject) {
      const story = (state.salience === undefined ? salienceOrder(state) : byStanding(state.salience))[0];
      const object =
        objectBefore(ctx, d.start) ?? (story !== undefined && !present.has(story) ? story : undefined);
      if (object !== undefined) {
        out.push({ name: object, type: 'company', known: true, start: d.start, end: d.end });
        used.add(object);
      }
      continue;
    }
    // "Leonardo said it would not bid for Gannetby, a week after the British satellite maker confirmed talks":
    // a descriptor opening a time clause is the subject of an earlier event of a company the sentence
    // named after its own subject.
    if (TIME_CLAUSE.test(ctx.folded.slice(Math.max(0, d.start - 30), d.start))) {
      const named = ctx.parties.filter((p) => p.type === 'company' && p.end <= d.start);
      const fitsCountry = (n: string) => {
        const home = ctx.registry.get(n)?.country;
        return d.country === undefined || home === undefined || home === d.country;
      };
      const earlier = [...named]
        .reverse()
        .find(
          (p) =>
            p.name !== named[0]?.name &&
            fitsCountry(p.name) &&
            !(d.cls === 'startup' && ctx.registry.get(p.name)?.ticker !== undefined),
        );
      if (earlier !== undefined) {
        out.push({ name: earlier.name, type: 'company', known: true, start: d.start, end: d.end });
        used.add(earlier.name);
        continue;
      }
    }
    // "Maison Orsel, l'enseigne lyonnaise d'épicerie fine … l'épicier": a role of the same trade, when the
    // company it introduced is still in the story's focus (not "l'enseigne Bioflandre" told in passing).
    const top = state.salience === undefined ? undefined : bySalience(state.salience)[0];
    const known =
      state.roles.get(d.cls) ??
      (d.qualified || present.has(resolved.get(d.cls) ?? '') ? undefined : resolved.get(d.cls)) ??
      (d.generic
        ? undefined
        : sameTrade(d.cls)
            .map((c) => state.roles?.get(c))
            .find((n) => n !== undefined && inFocus(state, n, top)));
    // "L'opérateur historique a déposé une OPA sur l'opérateur de fibre rennais": a bid's object is not the
    // company its clause's subject is, whatever role that company was given.
    const bidder = d.objectSlot ? clauseSubject(ctx, d.start) : undefined;
    const learned = known !== undefined && known === bidder ? undefined : known;
    // "Val'Ocre, la coopérative du Gers, et GRDF … sur le territoire de la coopérative": the role the article
    // gave a company named in this very sentence is that company again, not another name before it.
    // "Microsoft et l'opérateur lyonnais auraient arrêté …, détenue à 60 % par Pellanne": unless the sentence
    // names that company only after the descriptor's clause, where the descriptor is it again.
    const later = laterInSentence(ctx, d.end, resolvedHere);
    if (learned !== undefined && present.has(learned) && !d.generic && !later.has(learned)) continue;
    // "Valmoris, la coopérative du Gers, et GRDF … de la coopérative": the role this sentence gives a name
    // of its own, before the descriptor, is that name again.
    if (!d.generic && introducedBefore(ctx, lexicon, d.cls, d.start)) continue;
    // "Microsoft et l'opérateur lyonnais auraient arrêté …, une coentreprise détenue à 60 % par Pellanne": a
    // company the article named last, named again in this sentence only after the descriptor's clause, is it.
    const free = (n: string) => !used.has(n) || (!d.generic && later.has(n));
    let name = learned !== undefined && free(learned) ? learned : undefined;
    if (d.fused) {
      const topic = state.topic?.type === 'company' ? state.topic.name : undefined;
      // « Glencore renonce à une offre sur Tanaquil Copper. Le titre du minier a chuté »: a trade word the
      // name of a company in the story's focus says is that company, not the topic of another trade.
      if (name === undefined && learned === undefined && !d.generic && FITTING_TRADES.has(d.trade)) {
        const order = salienceOrder(state);
        name = order.find(
          (n) => !used.has(n) && nameFitsRole(d.trade, n) && inFocus(state, n, order[0]) && n !== topic,
        );
      }
      name ??= learned === undefined && topic !== undefined && !used.has(topic) ? topic : undefined;
      if (name === undefined) continue;
      used.add(name);
      out.push({ name, type: 'company', known: true, start: d.start, end: d.end });
      continue;
    }
    // "Le groupe ..." is never the company the article introduced as its start-up ("une jeune pousse").
    // "La société", "l'entreprise", "the company" may well be the start-up; "le groupe" is not.
    const young = (n: string) =>
      d.generic && (BIG_ROLES.has(d.role) || d.country !== undefined) && state.roles?.get('startup') === n;
    if (
      name === undefined &&
      d.generic &&
      state.topic !== undefined &&
      !used.has(state.topic.name) &&
      !young(state.topic.name)
    )
      name = state.topic.name;
    if (name === undefined && d.generic && state.topic !== undefined && young(state.topic.name))
      name = [...state.mentioned].reverse().find((n) => !used.has(n) && !young(n));
    // "le groupe allemand": a company of that country; one known to be from elsewhere is not it.
    const fits = (n: string) => {
      const known = ctx.registry.get(n);
      // A listed company is no start-up, whatever the article calls its partner.
      if (d.cls === 'startup' && known?.ticker !== undefined) return false;
      // "La PME a obtenu …" after "Orano s'approvisionne auprès de Forges de Vallière": a small company is none
      // of the established groups the registry knows.
      // « la junior » (a junior mining company) is no major the registry knows either (Glencore, Posco Future M).
      if ((d.cls === 'pme' || d.role === 'junior') && known !== undefined) return false;
      // "the Munich carmaker" after "Traunstahl Drives, the Linz-based maker": a company placed in another town.
      if (placedIn?.elsewhere(n) === true) return false;
      const home = known?.country ?? homes.get(n);
      const from = d.country ?? d.region;
      if (home !== undefined && d.countries !== undefined && !d.countries.includes(home)) return false;
      return from === undefined || home === undefined || home === from;
    };
    const ofCountry = (n: string) => homeOf(n) === d.country;
    const national =
      d.country === undefined
        ? undefined
        : [...state.mentioned].reverse().find((n) => !used.has(n) && ofCountry(n));
    // "Le motoriste a démenti …" opening the lead under "Talmont Aéro : Safran dément …": before the body names
    // a company, a role noun opening a sentence stands for the headline's company of that trade.
    if (
      name === undefined &&
      learned === undefined &&
      !d.generic &&
      state.mentioned.length === 0 &&
      // "L'opérateur historique a déposé une OPA sur l'opérateur de fibre rennais": a bid's object in the lead is
      // the headline's company its subject is not.
      // « Deux jours après un article sur Arlanza, le cimentier suisse a démenti »: nor is a fronted phrase's.
      (namedBefore(ctx, d.start) === 0 || bidder !== undefined || d.frontedSubject)
    ) {
      const told = (HEADLINE_COMPANIES.get(state) ?? []).filter((n) => !used.has(n) && fits(n));
      // "The French insurer is buying the London specialist": once one role took a headline company, the
      // other role of the sentence is the headline's other company.
      name =
        fittingByTrade(told, d.trade, ctx) ??
        (resolvedHere.size > 0 || bidder !== undefined
          ? told.find((n) => !registryMisfits(d.trade, n, ctx.registry) && !nameMisfits(d.trade, n))
          : undefined);
    }
    // "the two companies announced a deal under which the French group's software will be sold": inside the
    // deal's relative clause a descriptor stands for one of the pair the sentence named, the one it fits.
    if (present.size >= 2 && DEAL_RELATIVE.test(ctx.folded.slice(Math.max(0, d.start - 90), d.start))) {
      const pair = [
        ...new Set(ctx.parties.filter((p) => p.type === 'company' && p.end <= d.start).map((p) => p.name)),
      ];
      const fitting = pair.filter(fits);
      if (fitting.length === 1 && fitting.length < pair.length)
        out.push({ name: fitting[0] as string, type: 'company', known: true, start: d.start, end: d.end });
      continue;
    }
    if (name !== undefined && (!fits(name) || (national !== undefined && name !== learned))) name = undefined;
    // "Le groupe corrézien" after a story that names Hensoldt last: the most salient company of that region.
    if (name === undefined && d.generic && d.region !== undefined)
      name = (state.salience === undefined ? salienceOrder(state) : byStanding(state.salience)).find(
        (n) => state.mentioned?.includes(n) === true && free(n) && fits(n) && !young(n),
      );
    if (name === undefined && national !== undefined) name = national;
    // "hosted servers for OVHcloud under an agreement that the French cloud provider chose not to renew":
    // a role of a nationality no other company fits stands for the company of that country named before it.
    if (name === undefined && learned === undefined && !d.generic && d.country !== undefined)
      name = namedEarlierInSentence(ctx, d.start, (n) => homeOf(n) === d.country);
    // "Le courtier" after "Covéa ... Pivert Assurances", "l'équipementier" after "Renault et Valeo": the
    // company whose own name or registry trade says the role, the most salient first.
    const salient = name === undefined && learned === undefined && !d.generic ? salienceOrder(state) : [];
    if (name === undefined && learned === undefined && !d.generic)
      name = fittingByTrade(
        salient.filter((n) => free(n) && fits(n) && inFocus(state, n, salient[0])),
        d.trade,
        ctx,
      );
    if (name === undefined && PUBLIC_ROLES.has(d.cls)) continue;
    if (name === undefined && learned === undefined && !d.generic)
      name = salienceOrder(state).find(
        (n) => free(n) && fits(n) && !registryMisfits(d.trade, n, ctx.registry) && !nameMisfits(d.trade, n),
      );
    // "La manufacture horlogère de Morteau a démenti ... à LVMH": the subject is named in the sentence
    // as the other party, so the role stands for another company of the story, the most salient one (not
    // the certifier or the side name the sentence before happened to end on).
    if (name === undefined && d.generic && state.topic !== undefined && used.has(state.topic.name))
      name = salienceOrder(state).find((n) => !used.has(n) && fits(n) && !young(n));
    if (name === undefined) name = namedEarlierInSentence(ctx, d.start, fits);
    if (name === undefined || placedIn?.elsewhere(name) === true) continue;
    // "Ericsson has signed an agreement with Proximus to supply the Belgian operator's core", "Sanofi signed
    // with Skovdal, giving the French group rights": past the subject's slot, a descriptor after the two
    // companies of the sentence points back to one of them; it brings in no third.
    // ", the Finnish group said": a tag closing the sentence is its speaker, one of the two as well.
    // "Drumvarra rose after a report that Boliden was studying an offer for the Cornish tin producer": a bid's
    // object after two companies of the sentence is the one its clause's subject is not, the mover; a role the
    // article gave a company of its own keeps it.
    if (d.objectSlot && learned === undefined && !present.has(name) && namedBefore(ctx, d.start) >= 2)
      name = namedEarlierInSentence(ctx, d.start, fits) ?? name;
    if (
      !present.has(name) &&
      // "la PME a annoncé un accord avec Orange : … l'opérateur": a role read before counts as a name.
      new Set(out.filter((p) => p.type === 'company' && p.end <= d.start).map((p) => p.name)).size >= 2 &&
      (!SUBJECT_SLOT.test(ctx.folded.slice(Math.max(0, d.start - 12), d.start)) ||
        SPEECH_AFTER.test(ctx.folded.slice(d.end, d.end + 40)))
    )
      continue;
    used.add(name);
    resolvedHere.add(name);
    out.push({ name, type: 'company', known: true, start: d.start, end: d.end });
    // "L'éditeur nantais a démenti …": what the article calls a company tells where it is from, so that a
    // later "le groupe allemand" is another company.
    const from = d.country ?? d.region;
    if (from !== undefined && homeOf(name) === undefined) homes.set(name, from);
    if (!d.generic) resolved.set(d.cls, name);
  }
  learnRoles(ctx, out, lexicon, state.roles);
  for (const p of out)
    if (p.type === 'company') {
      state.mentioned = state.mentioned.filter((n) => n !== p.name);
      state.mentioned.push(p.name);
    }
  return out.sort((a, b) => a.start - b.start);
}
