import type { Command } from 'commander';

// Placeholder: the commands of this file are being written.
export function registerIngestCommands(_program: Command): void {}
