#!/usr/bin/env node
// Runs the CLI from the TypeScript sources (tsx), so that `npx tamga` works in a fresh clone without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
