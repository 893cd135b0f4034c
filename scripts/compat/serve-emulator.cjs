/*
 * Child process, run by the current Node: starts `count` independent
 * emulators from the consumer's installed copy of the package (the packed
 * `losant-org-client/emulator`), prints one line
 *   COMPAT_SERVERS [{"url":…,"demo":{…}}, …]
 * and closes them all when its stdin ends (the parent's way of stopping it,
 * which also works if the parent dies).
 *
 * Usage: node serve-emulator.cjs <consumerDir> <count>
 */
'use strict';
const { createRequire } = require('node:module');
const path = require('node:path');

const [consumerDir, countArg] = process.argv.slice(2);
const count = Number(countArg) || 1;
const requireFromConsumer = createRequire(path.join(consumerDir, 'package.json'));
const { startEmulator } = requireFromConsumer('losant-org-client/emulator');

Promise.all(Array.from({ length: count }, () => startEmulator({ port: 0 }))).then(
  (emulators) => {
    process.stdout.write(`COMPAT_SERVERS ${JSON.stringify(emulators.map((e) => ({ url: e.url, demo: e.demo })))}\n`);
    const stop = () => Promise.all(emulators.map((e) => e.close())).then(() => process.exit(0));
    process.stdin.on('end', stop);
    process.stdin.resume();
    process.on('SIGTERM', stop);
  },
  (err) => {
    process.stderr.write(`could not start the emulator: ${err && err.stack}\n`);
    process.exit(1);
  },
);
