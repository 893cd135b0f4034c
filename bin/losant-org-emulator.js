#!/usr/bin/env node
'use strict';
// The emulator as a command: starts it, prints the URL and the tokens, serves
// until SIGINT/SIGTERM, then closes cleanly. Plain CommonJS so it runs on every
// Node the package supports; the emulator itself is the built dist/emulator.js.

var path = require('path');

var USAGE = [
  'Usage: losant-org-emulator [options]',
  '',
  'A local, stateful emulator of the Losant REST API (every resource and action).',
  '',
  'Options:',
  '  --port <n>       port to listen on (default 0: any free port)',
  '  --host <addr>    address to listen on (default 127.0.0.1)',
  '  --seed <file>    seed document, JSON (default: the built-in demo seed)',
  '  --data <file>    load state from this file if it exists; save it after every change',
  '  --quiet          do not log requests',
  '  -h, --help       show this help',
].join('\n');

var VALUE_FLAGS = { '--port': 'port', '--host': 'host', '--seed': 'seed', '--data': 'data' };

/** Parses argv (without node and script); returns { options } or { error } or { help }. */
function parseArgs(argv) {
  var options = {};
  for (var i = 0; i < argv.length; i++) {
    var arg = argv[i];
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--quiet') { options.quiet = true; continue; }
    var eq = arg.indexOf('=');
    var flag = eq === -1 ? arg : arg.slice(0, eq);
    var key = VALUE_FLAGS[flag];
    if (!key) return { error: 'unknown option ' + arg };
    var value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return { error: flag + ' needs a value' };
    options[key] = value;
  }
  if (options.port !== undefined) {
    if (!/^\d+$/.test(options.port) || Number(options.port) > 65535) return { error: '--port must be a number from 0 to 65535' };
    options.port = Number(options.port);
  }
  // Relative paths are the user's, from where the command was run.
  if (options.seed) options.seed = path.resolve(options.seed);
  if (options.data) options.data = path.resolve(options.data);
  return { options: options };
}

function printBanner(emulator) {
  var lines = ['Losant API emulator listening on ' + emulator.url, '', 'Tokens (Authorization: Bearer <token>):'];
  emulator.tokens.forEach(function (t) {
    var bound = t.deviceId ? ' (device ' + t.deviceId + ')' : t.applicationId ? ' (application ' + t.applicationId + ')' : '';
    lines.push('  ' + pad(t.name, 10) + ' ' + pad(t.token, 24) + ' ' + t.scopes.join(', ') + bound);
  });
  lines.push('', 'Organizations: ' + emulator.orgIds.join(', '));
  if (emulator.demo.applicationId) {
    lines.push('Demo application: ' + emulator.demo.applicationId + (emulator.demo.deviceId ? ', device: ' + emulator.demo.deviceId : ''));
  }
  if (emulator.demo.email && emulator.demo.password) {
    lines.push('Demo login (auth.authenticateUser): ' + emulator.demo.email + ' / ' + emulator.demo.password);
  }
  lines.push('', 'Try: curl -H "Authorization: Bearer ' + (emulator.demo.token || '<token>') + '" ' +
    emulator.url + '/orgs/' + (emulator.demo.orgId || '<orgId>'));
  lines.push('Press Ctrl+C to stop.');
  process.stdout.write(lines.join('\n') + '\n');
}

function pad(text, width) {
  while (text.length < width) text += ' ';
  return text;
}

function main() {
  var parsed = parseArgs(process.argv.slice(2));
  if (parsed.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (parsed.error) {
    process.stderr.write('losant-org-emulator: ' + parsed.error + '\n\n' + USAGE + '\n');
    process.exitCode = 2;
    return;
  }
  var startEmulator;
  try {
    startEmulator = require('../dist/emulator.js').startEmulator;
  } catch (err) {
    process.stderr.write('losant-org-emulator: the emulator is not built (run `npm run build`): ' + err.message + '\n');
    process.exitCode = 1;
    return;
  }
  var opts = parsed.options;
  var quiet = opts.quiet;
  delete opts.quiet;
  if (!quiet) opts.log = function (line) { process.stdout.write(line + '\n'); };
  var started = startEmulator(opts);
  var stopping = false;
  function unlisten() {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
  function stop(signal) {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nReceived ' + signal + ', closing.\n');
    started.then(function (emulator) { return emulator.close(); }).then(unlisten, unlisten);
  }
  // Listening for signals before the server is up: a Ctrl+C during start-up also closes cleanly.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  started.then(function (emulator) {
    if (!stopping) printBanner(emulator);
  }, function (err) {
    unlisten();
    process.stderr.write('losant-org-emulator: ' + err.message + '\n');
    process.exitCode = 1;
  });
}

main();
