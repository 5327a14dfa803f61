#!/usr/bin/env node
// The `ephemera` command: runs app/cli/main.ts through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../app/cli/main.ts', import.meta.url).href);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error && error.code === 'EPIPE') process.exitCode = 0;
  else {
    process.stderr.write(`ephemera: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  }
}
