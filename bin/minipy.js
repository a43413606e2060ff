#!/usr/bin/env node
// minipy's command-line entry: a shim over the built CLI (dist/cli.js, CommonJS); no logic here.
import { createRequire } from 'node:module';

const { main } = createRequire(import.meta.url)('../dist/cli.js');
await main(process.argv.slice(2));
