#!/usr/bin/env node
// The CLI runs from the TypeScript sources through tsx, so that the binary never drifts from src/.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
