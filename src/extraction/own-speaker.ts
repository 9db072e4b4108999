import type { PartyMention } from './find-parties.ts';
import { firstCue, matchAll } from './rules/rule-set.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * Hedges that say who is talking (anonymous sources, the press, a rumour), as opposed to modals
 * ("devrait", "would"): the company's own words lift a modal, never another source's hedge.
 */
const SOURCE_HEDGES = new Set([
  'selon-nos-informations',
  'd-apres-nos-informations',
  'sources-concordantes',
  'sources-proches',
  'source-anonyme',
  'bruits-de-couloir',
  'informations-de-presse',
  'la-rumeur',
  'il-se-murmure',
  'dit-on',
  'aux-dires',
  'reportedly',
  'familiar-with',
  'anonymous-sources',
  'press-reports',
  'rumour',
  'personnes-au-fait',
  'seen-by',
  'a-source',
  'outlet-said',
]);

/**
 * "Brasvel devrait lancer … en 2027, a indiqué la direction", "…, said its chief executive",
 * "Selon sa direction, …": the company itself or its management speaks the whole sentence, so what
 * it says with a modal is its own plan, confirmed. An outlet or an anonymous source in the sentence
 * keeps the hedge. Returns the status cue, if any.
 */
export function ownSpeakerCue(ctx: SentenceContext, parties: readonly PartyMention[]): string | undefined {
  if (parties.length === 0 || ctx.rules.status.ownSpeaker.length === 0) return undefined;
  const own = firstCue(ctx.rules.status.ownSpeaker, ctx.statusText);
  if (own === undefined) return undefined;
  if (ctx.attribution !== undefined && !ctx.attribution.party) return undefined;
  if (matchAll(ctx.rules.status.rumour, ctx.statusText).some((h) => SOURCE_HEDGES.has(h.id)))
    return undefined;
  return `party:${own.id}`;
}

/** Whether the sentence names its source (an outlet, anonymous people, a rumour) rather than only a modal. */
export function sourceHedged(ctx: SentenceContext): boolean {
  if (ctx.attribution !== undefined && !ctx.attribution.party) return true;
  return matchAll(ctx.rules.status.rumour, ctx.statusText).some((h) => SOURCE_HEDGES.has(h.id));
}

/** « devrait », « faudrait »: the conditional of a plan or a need, not of hearsay. */
const PLAN_CONDITIONAL = /^(?:devrai(?:t|ent)|faudrai(?:t|ent))$/u;
/** A verb of saying and its « que », up to nine words apart (« a indiqué en marge d'une conférence à Londres que »). */
const SAYING_THAT = String.raw`\b(?:precise|indique|declare|annonce|explique|assure|affirme|ajoute|souligne|confirme|estime|promet|prevoit|rappel)\w* (?:[\w'-]+ ){0,9}?qu(?:e |')`;
/**
 * « a précisé que … »: after a verb of saying, the conditional is reported speech (sequence of tenses), also past a
 * participle clause on the subject (« a indiqué que sa plateforme, développée avec des radiologues, serait … »), past
 * where it was said (« a indiqué en marge d'une conférence à Londres que sa nouvelle génération de puces ne
 * serait pas … ») and in a second reported clause (« a indiqué que la puce serait … et que la production ne
 * démarrerait … »).
 */
const REPORTED_THAT = new RegExp(
  `${SAYING_THAT}(?:(?:[\\w'-]+ ){0,12}|(?:[\\w'-]+ ){0,7}[\\w'-]+,[^,;]{1,100},\\s)$`,
  'u',
);
/**
 * « a indiqué que la puce serait commercialisée en octobre, …, et que la production ne démarrerait qu'en 2030 »: a
 * second « que » coordinated with the first carries the same reported speech.
 */
const REPORTED_AND_THAT = /\bet qu(?:e |')(?:[\w'-]+ ){0,10}$/u;
const REPORTING_VERB = new RegExp(SAYING_THAT, 'u');

/**
 * Whether a launch date is hearsay: a source other than the maker tells it. "chief executive X told The
 * Load Curve" names the outlet that heard the maker, so an outlet after "told" is no source of its own.
 */
export function launchSourced(ctx: SentenceContext): boolean {
  if (ctx.attribution !== undefined && !ctx.attribution.party && ctx.attribution.cue !== 'told') return true;
  return matchAll(ctx.rules.status.rumour, ctx.statusText).some(
    (h) =>
      SOURCE_HEDGES.has(h.id) ||
      // « L'offre serait lancée en 2027 », « Orange lancerait … »: the journalist's conditional is hearsay;
      // « devrait » is the modal of a plan, and a conditional after « a précisé que » is reported speech.
      (h.id === 'conditional' &&
        !PLAN_CONDITIONAL.test(ctx.statusText.slice(h.index, h.end)) &&
        !REPORTED_THAT.test(ctx.statusText.slice(Math.max(0, h.index - 200), h.index)) &&
        !(
          REPORTED_AND_THAT.test(ctx.statusText.slice(Math.max(0, h.index - 80), h.index)) &&
          REPORTING_VERB.test(ctx.statusText.slice(0, h.index))
        )),
  );
}
