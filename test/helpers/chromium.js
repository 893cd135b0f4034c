'use strict';
// A real headless Chromium for the browser tests, with nothing to download:
// Debian's /usr/bin/chromium when it is installed, else the binary that the
// @sparticuz/chromium dev dependency ships inside its registry package
// (unpacked to the temp dir on first use). Driven by puppeteer-core.
//
// The machine has no network: the flags keep Chromium from reaching out
// (background networking, component updates, sync, QUIC). Each launch gets a
// fresh profile, removed at close. @sparticuz/chromium's own flags are used
// except the ones that would switch off what the tests check: the same-origin
// policy (CORS) and mixed-content blocking.
const fs = require('fs');
const os = require('os');
const path = require('path');

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const OFFLINE_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const UNWANTED = /^--(disable-web-security|allow-running-insecure-content|disable-site-isolation-trials|headless|single-process)\b/;

/** { executablePath, args, source } of the Chromium to use. */
async function chromiumBinary() {
  if (fs.existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, args: [], source: 'debian' };
  const mod = require('@sparticuz/chromium');
  // The CommonJS build exports the class itself; the ES build (and some versions) as `default`.
  const chromium = mod && mod.default ? mod.default : mod;
  const executablePath = await chromium.executablePath();
  return { executablePath, args: chromium.args.filter((arg) => !UNWANTED.test(arg)), source: '@sparticuz/chromium' };
}

/** A launched browser; `close()` also removes its profile. */
async function launchChromium() {
  const puppeteer = require('puppeteer-core');
  const binary = await chromiumBinary();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-chromium-'));
  const args = Array.from(new Set(binary.args.concat(OFFLINE_FLAGS)));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: binary.executablePath, args, headless: 'shell', userDataDir: profile, pipe: true,
    });
  } catch (err) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const close = browser.close.bind(browser);
  browser.close = async () => {
    try {
      await close();
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  };
  browser.binarySource = binary.source;
  return browser;
}

module.exports = { launchChromium, chromiumBinary };
