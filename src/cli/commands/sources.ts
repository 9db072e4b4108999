import type { Command } from 'commander';

// Placeholder: the commands of this file are being written.
export function registerSourcesCommands(_program: Command): void {}
