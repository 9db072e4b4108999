import type { ArticleState } from '../article-state.ts';
import type { LaunchClaim } from '../claim.ts';
import type { Draft } from '../draft.ts';
import { matchAll } from '../rules/rule-set.ts';
import type { SentenceContext } from '../sentence-context.ts';
import { boundBefore, findDates } from '../values/find-dates.ts';

/** The cue of a launch read as a later rollout of the one told before it (resolve-article keeps it apart). */
export const LATER_ROLLOUT = 'launch:later-rollout';
export const rolledOut = (d: Draft) => d.cues.includes(LATER_ROLLOUT);

/** How many sentences back the launch a rollout continues may have been told. */
const REACH = 3;
/** How far after the rollout words its date may be ("will follow in the first half of 2030"). */
const DATE_REACH = 50;

/** The small words that join or introduce place names ("Spain and Portugal", « l'Allemagne et le Benelux »). */
const JOINER = /^(?:the|and|et|le|la|les|au|aux|du|des|de|l'|d')$/u;
/** A place list opening on a word that is no place: "Others will follow", « D'autres suivront ». */
const NO_PLACE =
  /^(?:others?|many|more|some|several|rivals?|competitors?|they|we|these|those|all|both|autres?|plusieurs|certains|ils|elles|nous)$/u;

/**
 * The longest tail of the words before (or after) the rollout verb that are all capitalised place names
 * ("Spain and Portugal", « L'Allemagne et l'Espagne »): "its first-quarter results", « une offre publique »,
 * « les autres transporteurs » name no place, and a launch to a new market is told by the market's name.
 */
function placesIn(text: string, start: number, end: number): boolean {
  const words = [...text.slice(start, end).matchAll(/[\p{L}\p{N}.'’-]+/gu)].map((m) => m[0]);
  let named = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = (words[i] as string).replace(/^(?:[lLdD]['’])/u, '');
    const bare = word.toLowerCase();
    if (JOINER.test(bare) || word === '') continue;
    if (!/^\p{Lu}/u.test(word)) break;
    if (NO_PLACE.test(bare)) return false;
    named++;
  }
  return named > 0;
}

/** The offset of the place name next to the verb: the list's last word before it, its first after it. */
function lastWord(text: string, start: number, end: number, before: boolean): number {
  const words = [...text.slice(start, end).matchAll(/[\p{L}\p{N}.'’-]+/gu)];
  const next = before ? words.at(-1) : words.find((w) => !JOINER.test(w[0].toLowerCase()));
  return start + (next?.index ?? 0);
}

/**
 * The rules that read places coordinated with a launch's own ("…, and in Europe no earlier than 2030", « et en Europe
 * pas avant 2030 »): a bare "and in" carries on only a launch of the same sentence, never one told sentences before.
 */
const COORDINATED = new Set(['and-in-places', 'et-en-lieux']);

/** The launch a rollout continues: this sentence's last, else the article's last, told a few sentences before. */
function continued(
  found: readonly Draft[],
  state: ArticleState,
  index: number,
  sameSentence: boolean,
): Draft | undefined {
  const here = found.filter((d) => d.claim.kind === 'launch').at(-1);
  if (here !== undefined || sameSentence) return here;
  const last = state.lastLaunch;
  return last !== undefined && index - last.sentence <= REACH ? last : undefined;
}

/**
 * "Instant payments go live in Belgium on 8 January, and the Netherlands will follow in the second half of 2029",
 * "It will be followed by Germany and Spain in …", « L'Allemagne et l'Espagne suivront au second semestre 2029 »: the
 * same offer opened in more countries later is a launch of its own, by the maker of the launch just told, at the date
 * the rollout words bring. With no launch told just before, or no date after the words, nothing is read.
 */
export function findLaterRollouts(
  ctx: SentenceContext,
  state: ArticleState,
  found: readonly Draft[],
): Draft[] {
  const { rules, folded } = ctx;
  if (rules.launch.later.length === 0) return [];
  for (const m of matchAll(rules.launch.later, ctx.triggerText)) {
    const places = m.groups[0];
    if (places === undefined) continue;
    // The places' offset: the group is the match's head ("Spain and Portugal will follow") or its tail
    // ("followed by Germany and Spain").
    const at = folded.slice(m.index, m.end).startsWith(places) ? m.index : m.end - places.length;
    if (!placesIn(ctx.sentence.text, at, at + places.length)) continue;
    // "Orange will follow in 2030": a company that follows makes a launch of its own, told elsewhere. Only the name
    // the verb is said of counts ("go live … with Proximus, and the Netherlands will follow": Proximus is the partner).
    const last = lastWord(ctx.sentence.text, at, at + places.length, m.index === at);
    if (ctx.parties.some((p) => p.start <= last && p.end > last)) continue;
    const tail = folded.slice(m.end, m.end + DATE_REACH + 30);
    const date = findDates(tail, rules, ctx.published).find((d) => d.index <= DATE_REACH);
    if (date === undefined) continue;
    const before = continued(found, state, ctx.index, COORDINATED.has(m.id));
    if (before === undefined || before.claim.kind !== 'launch') continue;
    // A rollout comes after the launch it continues: an earlier date is some other event's.
    const first = before.claim.eventDate ?? '';
    const shared = Math.min(first.length, date.date.length);
    if (date.date.slice(0, shared) < first.slice(0, shared)) continue;
    // "and in Europe no earlier than 2030": the bound the words before the date give.
    const bound = boundBefore(tail.slice(0, date.index), rules, folded);
    const claim: LaunchClaim = {
      kind: 'launch',
      parties: [...before.claim.parties],
      eventDate: date.date,
      ...(bound !== undefined ? { bound } : {}),
      status: before.claim.status,
      evidence: { text: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end },
      ...(ctx.attribution !== undefined && !ctx.attribution.party
        ? { attribution: ctx.attribution.name }
        : {}),
    };
    return [
      {
        claim,
        rule: `${rules.language}.launch.${m.id}`,
        cues: [LATER_ROLLOUT],
        sentence: ctx.index,
        background: before.background,
        explicit: before.explicit,
      },
    ];
  }
  return [];
}
