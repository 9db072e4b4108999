import { foldText } from '../../entities/fold-text.ts';
import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import { publicBodyNames } from '../public-bodies.ts';
import { publicBodiesIn } from '../public-buyers.ts';
import { mostSalient } from '../salience.ts';
import type { SentenceContext } from '../sentence-context.ts';

/** A ministry, a directorate, an agency or a city named by the shape of its whole name. */
function publicBody(name: string): boolean {
  return (
    publicBodiesIn(name).some((b) => b.start === 0 && b.end === name.length) ||
    publicBodyNames(name, foldText(name)).some((b) => b.start === 0 && b.end === name.length)
  );
}

/**
 * « La DGA a notifié un contrat à Forges de Saône. L'entreprise a obtenu la certification EN 9100 »: the public
 * buyer of the sentence before may be the most salient name, but a ministry or a directorate is no company that
 * wins a label for its plant; "the company", « l'entreprise », « sa suite » are the most salient company that is
 * not one (the topic itself when every name is public).
 */
function companyTopic(state: ArticleState): PartyMention | undefined {
  const { topic, salience } = state;
  if (topic === undefined || salience === undefined || !publicBody(topic.name)) return topic;
  const company = mostSalient(salience, (m) => m.type === 'company' && !publicBody(m.name));
  return company === undefined ? topic : { ...company, start: 0, end: 0 };
}

/**
 * Who "sa suite", "l'entreprise, qui …", "its plant" stands for when it obtains a label: the article's topic,
 * unless the topic is a group the registry knows that the story has buying (or courting) a company the
 * registry does not know. A large buyer's labels are seldom news in a deal story; the smaller target's plant,
 * product or site is what a certificate told in passing is about.
 */
export function anaphoricHolder(ctx: SentenceContext, state: ArticleState): PartyMention | undefined {
  const { target } = state;
  const topic = companyTopic(state);
  if (topic === undefined || target === undefined || topic.name === target) return topic;
  if (topic.type !== 'company' || ctx.registry.get(topic.name) === undefined) return topic;
  if (ctx.registry.get(target) !== undefined) return topic;
  return { name: target, type: 'company', known: false, start: 0, end: 0 };
}
