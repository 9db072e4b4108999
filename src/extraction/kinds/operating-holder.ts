import { foldText } from '../../entities/fold-text.ts';
import type { ArticleState } from '../article-state.ts';
import type { Draft } from '../draft.ts';
import { byStanding, type Salience } from '../salience.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * The words that close a financial investor's name: « Penvénan Participations », « Molène Gestion », "Harcourt
 * Row Capital", "Meersel Investments", « Hörnli Beteiligungen ». Such a name says its trade: it holds stakes.
 */
const INVESTOR_NAME =
  /\b(?:capital|partners|participations|investments?|investissements?|invest|gestion|beteiligungen|asset management|equity|ventures)$/u;

/**
 * « le fonds », « l'investisseur », "the buyout firm": the sentence calls a company an investor; "its first funds
 * will be available", "a trade finance fund", a fund's sustainability label: an investor's own product or label.
 */
const INVESTOR_WORDS =
  /\b(?:fonds|investisseurs?|gestionnaire|actionnaires?|holding|funds?|investors?|shareholders?|buyout|private equity|private-equity|asset manager)\b/u;

export function isInvestorName(name: string): boolean {
  return INVESTOR_NAME.test(foldText(name));
}

/** Whether the sentence writes the company's name (or a word of it) rather than a descriptor standing for it. */
function writtenIn(ctx: SentenceContext, name: string): boolean {
  const words = foldText(name)
    .split(/[^a-z0-9]+/u)
    .filter((w) => w.length > 2 && !INVESTOR_NAME.test(w));
  return ctx.parties.some(
    (p) =>
      p.name === name &&
      words.some((w) => new RegExp(`\\b${w}\\b`, 'u').test(ctx.folded.slice(p.start, p.end))),
  );
}

/**
 * « La maison vient de décrocher le label … », « Le groupe a obtenu la certification EN 9100 », "The company
 * said its new unit would be available …": a certification or a launch whose holder the sentence does not name
 * but reads off « l'entreprise », « la maison » or "the company" is the story's operating company, never the
 * fund that just bought into it, however recently the fund was named. An investor's name says its trade
 * (Capital, Participations, Gestion …); a label for a plant or a product range for sale is an operating
 * company's. A sentence that writes the investor's name, or calls its subject a fund or an investor, keeps it.
 */
export function withOperatingHolders(found: Draft[], ctx: SentenceContext, state: ArticleState): Draft[] {
  if (state.salience === undefined) return found;
  return found.map((d) => {
    const { claim } = d;
    if (claim.kind !== 'certification' && claim.kind !== 'launch') return d;
    const [holder] = claim.parties;
    if (claim.parties.length !== 1 || holder === undefined || !isInvestorName(holder)) return d;
    if (writtenIn(ctx, holder) || INVESTOR_WORDS.test(ctx.folded)) return d;
    const issuer = claim.kind === 'certification' ? claim.issuer : undefined;
    // The story's own company: the headline's, the most mentioned, before the one a side remark named last.
    const salience = state.salience as Salience;
    const operating = byStanding(salience).find(
      (n) => salience.entries.get(n)?.mention.type === 'company' && n !== issuer && !isInvestorName(n),
    );
    if (operating === undefined) return d;
    return { ...d, claim: { ...claim, parties: [operating] } };
  });
}
