import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compileRuleFile, type RuleSet, ruleFileSchema } from './rule-set.ts';

/** The shipped rule files, read and compiled once when this module is first imported. */
function load(name: string): RuleSet {
  const file = new URL(`./${name}.yaml`, import.meta.url);
  const parsed = ruleFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file.pathname} is invalid: ${parsed.error.message}`);
  return compileRuleFile(parsed.data);
}

export const RULES: Readonly<Record<'fr' | 'en', RuleSet>> = Object.freeze({
  fr: load('fr'),
  en: load('en'),
});
