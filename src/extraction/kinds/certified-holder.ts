import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * Who "sa suite", "l'entreprise, qui …", "its plant" stands for when it obtains a label: the article's topic,
 * unless the topic is a group the registry knows that the story has buying (or courting) a company the
 * registry does not know. A large buyer's labels are seldom news in a deal story; the smaller target's plant,
 * product or site is what a certificate told in passing is about.
 */
export function anaphoricHolder(ctx: SentenceContext, state: ArticleState): PartyMention | undefined {
  const { topic, target } = state;
  if (topic === undefined || target === undefined || topic.name === target) return topic;
  if (topic.type !== 'company' || ctx.registry.get(topic.name) === undefined) return topic;
  if (ctx.registry.get(target) !== undefined) return topic;
  return { name: target, type: 'company', known: false, start: 0, end: 0 };
}
