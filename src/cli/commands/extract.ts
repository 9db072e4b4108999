import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Language } from '../../articles/article.ts';
import { decodeBody } from '../../fetching/decode-body.ts';
import { CliError } from '../cli-error.ts';

interface ExtractOptions {
  url?: string;
  published?: string;
  lang?: Language;
  explain?: boolean;
  config?: string;
}

const HTML_SNIFF = /<(?:html|body|p|div|article|head)[\s>]/i;
/** Share of bytes that may fail UTF-8 decoding before the input counts as binary. */
const MAX_INVALID_SHARE = 0.3;

function readInput(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = file === '-' ? 'standard input' : file;
    if (code === 'ENOENT') throw new CliError(`cannot read ${what}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${what}: it is a directory, give an article file`);
    throw new CliError(`cannot read ${what}: ${(error as Error).message}`);
  }
}

/**
 * Text the way a fetched page would be decoded (BOM, XML declaration, meta charset, else UTF-8 or
 * Windows-1252 for a legacy file): a saved page keeps the charset it declares. Binary is refused.
 */
function decode(bytes: Buffer, what: string): string {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    throw new CliError(`${what} is empty: give an HTML page or a plain-text article`);
  if (bytes.includes(0))
    throw new CliError(`${what} looks binary (NUL bytes): give an HTML page or a plain-text article`);
  const invalid = (new TextDecoder('utf-8').decode(bytes).match(/\uFFFD/g) ?? []).length;
  if (invalid / bytes.length > MAX_INVALID_SHARE)
    throw new CliError(
      `${what} looks binary (mostly invalid UTF-8): give an HTML page or a plain-text article`,
    );
  return decodeBody(bytes).text.replace(/^\uFEFF/, '');
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new CliError(`--published must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'Read one article (HTML page or plain text, detected) and print its claims as JSON: ' +
        '{"article": {url, title, publishedAt, language, text}, "claims": [...]}. No database.',
    )
    .argument('<file>', 'the article file, or - for standard input')
    .option('--url <url>', 'the URL the page was fetched from')
    .option('--published <date>', "publication date YYYY-MM-DD (default: the page's own date)")
    .addOption(new Option('--lang <lang>', 'article language (default: detected)').choices(['fr', 'en']))
    .option('--explain', 'add "explanations": the rule and the status cues behind each claim')
    .option('--config <file>', 'YAML config whose `entities` extend the shipped registry')
    .action(async (file: string, options: ExtractOptions) => {
      // Loaded on use, and only what this input needs: plain text never loads the HTML parser, and
      // the config schema is read only with --config.
      const [{ extractClaims }, { detectLanguage }] = await Promise.all([
        import('../../extraction/extract-claims.ts'),
        import('../../articles/detect-language.ts'),
      ]);
      const published = checkDate(options.published);
      const what = file === '-' ? 'standard input' : file;
      const raw = decode(readInput(file), what);
      const isHtml = raw.trimStart().startsWith('<') || HTML_SNIFF.test(raw.slice(0, 5000));
      let title = '';
      let text: string;
      let pagePublished: string | undefined;
      let publisher: string | undefined;
      let language: Language | undefined;
      if (isHtml) {
        const { parseArticle } = await import('../../articles/parse-article.ts');
        const article = parseArticle(raw, options.url === undefined ? {} : { url: options.url });
        title = article.title;
        text = article.text;
        pagePublished = article.publishedAt;
        // The outlet's own name is never a party ("Contacté par <publisher>, ...").
        if (article.publisher !== '') publisher = article.publisher;
        language = article.language;
      } else {
        text = raw.replace(/\r\n?/g, '\n');
      }
      language = options.lang ?? language ?? detectLanguage(text);
      const publishedAt = published ?? pagePublished;
      let registry: import('../../entities/entity-registry.ts').EntityRegistry | undefined;
      if (options.config) {
        const [{ createEntityRegistry }, { loadCliConfig }] = await Promise.all([
          import('../../entities/entity-registry.ts'),
          import('../load-cli-config.ts'),
        ]);
        registry = createEntityRegistry(loadCliConfig(options.config).entities);
      }
      const result =
        language === 'fr' || language === 'en'
          ? extractClaims(
              {
                text,
                language,
                ...(publishedAt ? { publishedAt } : {}),
                ...(title ? { title } : {}),
                ...(publisher ? { publisher } : {}),
              },
              { ...(registry ? { registry } : {}), explain: options.explain === true },
            )
          : { claims: [], explanations: [] };
      const output = {
        article: {
          url: options.url ?? null,
          title,
          publishedAt: publishedAt ?? null,
          language: language ?? null,
          text,
        },
        claims: result.claims,
        ...(options.explain ? { explanations: result.explanations ?? [] } : {}),
      };
      process.stdout.write(`${JSON.stringify(output)}\n`);
    });
}
