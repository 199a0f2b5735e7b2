#!/usr/bin/env node
// The `rankly-bot` command: runs the TypeScript CLI without a build step,
// by registering tsx's loader and then importing the entry.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
await main();
