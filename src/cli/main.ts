import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.ts';
import { registerEventCommands } from './commands/events.ts';
import { registerExtractCommand } from './commands/extract.ts';
import { registerIngestCommands } from './commands/ingest.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerSourcesCommands } from './commands/sources.ts';

const program = new Command('vigie')
  .description(
    'Watches French and English business press and keeps a sourced event log: who is said to have ' +
      'signed, bought, launched or been certified, and whether it is a rumour, confirmed or denied. ' +
      'Without --config, commands use the embedded defaults (SQLite, in-process queue, the bundled ' +
      'fixture press site).',
  )
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerExtractCommand(program);
registerSourcesCommands(program);
registerIngestCommands(program);
registerEventCommands(program);
registerServeCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof CliError) {
    process.stderr.write(`vigie: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`vigie: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
