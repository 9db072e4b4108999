import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext, Span } from '../sentence-context.ts';

/**
 * What a deal is for, told after its two sides: "pour rénover les rames de la Région Normandie", "afin de
 * moderniser la paie du groupe Renault", "to overhaul its Airbus fleet", "pour le compte de", "on behalf of".
 * The word after "pour"/"to" is checked to be a verb (below) before the tail counts.
 */
const PURPOSE_MARK =
  /\b(?:pour|afin d'|afin de|to|in order to|so as to)\s+(?:s'|se |y |en |leur |lui |jointly |together |help |further |conjointement |ensemble )?([a-z]+)(?![\w'-])|\b(?:pour le compte|au nom|on behalf) (?:de |d'|du |des |of )/gu;

/** French infinitives: "rénover", "fournir", "construire", "promouvoir". */
const FRENCH_INFINITIVE = /^[a-z]{2,}(?:er|ir|re|oir)$/u;
/** Words after "to" that are no verb: determiners, numbers' companions, "to date". */
const NOT_VERB = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
  'some',
  'all',
  'each',
  'both',
  'about',
  'around',
  'up',
  'over',
  'date',
  'which',
  'whom',
  'what',
  'mid',
  'more',
  'less',
  'nearly',
  'almost',
  'as',
  'every',
  'any',
  'no',
  'other',
  'one',
  'two',
  'three',
  'several',
  'many',
  'early',
  'late',
  'be',
  'become',
]);
/**
 * "un accord pour céder sa division à Eurazeo", "agreed to buy Ashmore": a sale or purchase told as the deal's
 * purpose is that acquisition, whose sides the acquisition reading keeps.
 */
const TRADE_VERB =
  /^(?:ceder|vendre|revendre|racheter|acheter|acquerir|reprendre|absorber|fusionner|prendre|entrer|monter|buy|sell|acquire|take|merge|purchase|divest|combine|absorb|offload)$/u;
/** A side joined to the deal inside its purpose: "pour créer avec Thales une coentreprise". */
const JOINED = /\b(?:avec|with|alongside|aux cotes (?:de|d'|du|des))\b/u;

function isVerb(ctx: SentenceContext, word: string, at: number): boolean {
  // "pour Schneider", "to Airbus": a capitalised word after the mark is a name, not a verb.
  if (/\p{Lu}/u.test(ctx.sentence.text.charAt(at))) return false;
  if (ctx.rules.language === 'fr') return FRENCH_INFINITIVE.test(word);
  // "to customers", "to hospitals": a plural noun after "to" is where goods go, no purpose.
  return !NOT_VERB.has(word) && (!word.endsWith('s') || word.endsWith('ss'));
}

/**
 * The names a deal's purpose clause brings in after both its sides are named: the client, the product's maker
 * or the place the deal serves, never a side ("Kerbalis a conclu un partenariat avec Capgemini pour équiper les
 * usines de Stellantis", "Quarrydale has chosen Brenmoor over Lufthansa Technik to overhaul its Airbus fleet").
 */
export function purposeTail(
  ctx: SentenceContext,
  clause: Span,
  trigger: { end: number },
  parties: readonly PartyMention[],
): Set<string> {
  const tail = new Set<string>();
  const from = Math.max(clause.start, trigger.end);
  const window = ctx.folded.slice(from, clause.end);
  if (!/\b(?:pour|afin|to|on behalf|au nom)\b/u.test(window)) return tail;
  let mark: number | undefined;
  for (const m of window.matchAll(PURPOSE_MARK)) {
    const verb = m[1];
    const at = from + m.index;
    if (verb !== undefined && TRADE_VERB.test(verb)) return tail;
    if (verb !== undefined && !isVerb(ctx, verb, at + m[0].length - verb.length)) continue;
    mark = at;
    break;
  }
  if (mark === undefined) return tail;
  const before = new Set(parties.filter((p) => p.end <= mark).map((p) => p.name));
  if (before.size < 2) return tail;
  for (const p of parties) {
    if (p.start < (mark as number) || before.has(p.name)) continue;
    if (JOINED.test(ctx.folded.slice(mark as number, p.start))) continue;
    tail.add(p.name);
  }
  return tail;
}
