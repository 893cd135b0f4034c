'use strict';
// `node scripts/screenshot-browser-example.js`: takes examples/browser/screenshot.png,
// the members page (examples/browser/) in headless Chromium against the local emulator,
// for the browser guide (docs/guide/browser.md). Run `npm run build` first.
const path = require('path');
const { startExample } = require('../examples/browser/serve');
const { launchChromium } = require('../test/helpers/chromium');

const OUT = path.join(__dirname, '..', 'examples', 'browser', 'screenshot.png');

async function main() {
  const example = await startExample();
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.setViewport({ width: 820, height: 520, deviceScaleFactor: 1 });
    await page.goto(example.pageUrl);
    await page.waitForSelector('#members:not([hidden])', { timeout: 10000 });
    await page.screenshot({ path: OUT });
    console.log(`wrote ${path.relative(process.cwd(), OUT)} (${browser.binarySource})`);
  } finally {
    if (browser) await browser.close();
    await example.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
