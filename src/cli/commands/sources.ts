import { type Command, Option } from 'commander';
import type { SourceConfig } from '../../config/config-schema.ts';
import type { SourceTestReport } from '../../sources/test-source.ts';

const TYPES = ['rss', 'html', 'browser', 'sitemap'] as const;

export function registerSourcesCommands(program: Command): void {
  const sources = program.command('sources').description('Check and list the press sources vigie polls.');

  sources
    .command('test')
    .description(
      'Show what a source yields (article URLs, titles, dates), without storing anything. ' +
        'Exit 0 when items were read (errors may still be listed), 2 when nothing could be read.',
    )
    .argument('<url>', 'the listing URL (http or https), a file:// URL or a local file path')
    .addOption(
      new Option(
        '--type <type>',
        'how to read it; default: the configured type, else detected (feed or sitemap)',
      ).choices(TYPES),
    )
    .option('--config <file>', 'YAML config: network settings, and selectors of the source with this URL')
    .option('--json', 'print {"items": [{"url", "title", "publishedAt"}], "errors": [string]}')
    .action(
      async (url: string, options: { type?: SourceConfig['type']; config?: string; json?: boolean }) => {
        // Loaded on use: the config schema, the fetcher, the parsers and Playwright cost the other
        // commands nothing.
        const { loadCliConfig } = await import('../load-cli-config.ts');
        const config = loadCliConfig(options.config);
        const { testSource } = await import('../../sources/test-source.ts');
        const report = await testSource(url, { config, type: options.type });
        process.stdout.write(
          options.json
            ? `${JSON.stringify({ items: report.items, errors: report.errors })}\n`
            : human(report),
        );
        if (report.items.length === 0 && report.errors.length > 0) process.exitCode = 2;
      },
    );

  sources
    .command('list')
    .description('List the configured sources: name, type, schedule, URL.')
    .requiredOption('--config <file>', 'YAML config file')
    .option('--json', 'print the sources as a JSON array')
    .action(async (options: { config: string; json?: boolean }) => {
      const { loadCliConfig } = await import('../load-cli-config.ts');
      const config = loadCliConfig(options.config);
      if (options.json) {
        const rows = config.sources.map(({ name, type, schedule, url }) => ({ name, type, schedule, url }));
        process.stdout.write(`${JSON.stringify(rows)}\n`);
        return;
      }
      if (config.sources.length === 0) {
        process.stdout.write(`no sources in ${options.config}: add them under "sources:"\n`);
        return;
      }
      const rows = config.sources.map((source) => [source.name, source.type, source.schedule, source.url]);
      process.stdout.write(table(['NAME', 'TYPE', 'SCHEDULE', 'URL'], rows));
    });
}

function human(report: SourceTestReport): string {
  const lines: string[] = [];
  if (report.items.length > 0) {
    const rows = report.items.map((item) => [
      item.publishedAt?.slice(0, 16).replace('T', ' ') ?? '-',
      truncate(item.title ?? '-', 70),
      item.url ?? '(no link)',
    ]);
    lines.push(table(['PUBLISHED (UTC)', 'TITLE', 'URL'], rows).trimEnd());
  }
  lines.push(`${report.items.length} item${report.items.length === 1 ? '' : 's'} (read as ${report.type})`);
  if (report.errors.length > 0) {
    lines.push(`${report.errors.length} error${report.errors.length === 1 ? '' : 's'}:`);
    for (const error of report.errors) lines.push(`  - ${error}`);
  }
  return `${lines.join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[format(header), ...rows.map(format)].join('\n')}\n`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
