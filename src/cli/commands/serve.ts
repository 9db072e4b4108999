import type { Command } from 'commander';

// Placeholder: the commands of this file are being written.
export function registerServeCommand(_program: Command): void {}
