#!/usr/bin/env node
// minipy's command-line entry: a shim over the built CLI (dist/cli.js); no logic here.
import { main } from '../dist/cli.js';
await main(process.argv.slice(2));
