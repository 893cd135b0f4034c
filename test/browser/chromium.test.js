'use strict';
// Issue 16: the client in a real browser. test/browser/app.js imports the package by its
// name and is bundled by esbuild for the browser (the `browser` export condition, no Node
// shims), served from one loopback origin and run in headless Chromium against the emulator
// on another (another port), so every call is a real CORS request, preflights included.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { startEmulator } = require('../../dist/emulator.js');
const { actionNames } = require('../../dist/internal.js');
const { bundleApp } = require('../helpers/packed-app');
const { serveFolder } = require('../helpers/static-server');
const { launchChromium } = require('../helpers/chromium');

const PAGE = '<!doctype html><meta charset="utf-8"><title>browser test</title><script type="module" src="/app.js"></script>';
const md5 = (data) => crypto.createHash('md5').update(data).digest('hex');

/** What each Org action's result must show, given the demo ids (the calls are in test/browser/app.js). */
const ORG_CHECKS = {
  get: (r, demo) => {
    expect(r.id).to.equal(demo.orgId);
    expect(r.members.map((m) => m.userId)).to.include(demo.userId);
  },
  deviceCounts: (r) => expect(r.counts).to.be.an('array').that.is.not.empty,
  payloadCounts: (r) => expect(r).to.have.property('deviceState').that.is.an('object'),
  payloadCountsBreakdown: (r) => expect(r.counts).to.be.an('array'),
  notebookMinuteCounts: (r) => expect(r.counts).to.be.an('array'),
  pendingInvites: (r, demo) => expect(r.map((i) => i.id)).to.include(demo.inviteId),
  inviteMember: (r) => expect(r.map((i) => i.email)).to.include('browser.user@example.com'),
  revokeInvite: (r, demo) => expect(r.map((i) => i.id)).to.not.include(demo.inviteId),
  patch: (r) => expect(r.description).to.equal('Patched from a browser'),
  modifyMember: (r, demo) => expect(r.members.filter((m) => m.userId === demo.userId)[0].role).to.equal('view'),
  transferResources: (r) => expect(r).to.deep.equal({ success: true }),
  removeMember: (r, demo) => expect(r.members.map((m) => m.userId)).to.not.include(demo.userId),
  delete: (r) => expect(r).to.deep.equal({ success: true }),
};

describe('browser: the package bundled by esbuild, in headless Chromium, against the emulator on another origin', function () {
  this.timeout(60000);
  let emulator;
  let site;
  let browser;
  let page;
  let metafile;
  const log = [];

  before(async () => {
    const bundled = await bundleApp('browser-test-app', { 'app.js': fs.readFileSync(path.join(__dirname, 'app.js'), 'utf8') });
    metafile = bundled.metafile;
    fs.writeFileSync(path.join(bundled.dir, 'index.html'), PAGE);
    emulator = await startEmulator({ log: (line) => log.push(line) });
    site = await serveFolder(bundled.dir);
    browser = await launchChromium();
    page = await openPage(browser);
  });

  after(async () => {
    if (browser) await browser.close();
    if (site) await site.close();
    if (emulator) await emulator.close();
  });

  async function openPage(context) {
    const opened = await context.newPage();
    await opened.goto(`${site.url}/`);
    await opened.waitForFunction('window.appReady === true', { timeout: 10000 });
    return opened;
  }

  function run(name, on = page, extra = {}) {
    return on.evaluate((scenario, args) => window.scenarios[scenario](args), name, { url: emulator.url, demo: emulator.demo, ...extra });
  }

  /** The emulator's log lines from `from` on, without the preflights. */
  const requestsSince = (from) => log.slice(from).filter((line) => !/^OPTIONS /.test(line));

  it('the page and the emulator are on different origins', () => {
    expect(new URL(site.url).origin).to.not.equal(new URL(emulator.url).origin);
  });

  for (const style of ['promise', 'callback']) {
    it(`every Org action, with ${style === 'promise' ? 'promises' : 'callbacks'}`, async () => {
      emulator.reset();
      const from = log.length;
      const outcomes = await run('orgActions', page, { style });
      expect(outcomes.map((o) => o.name)).to.deep.equal(actionNames.org.slice().sort((a, b) => order(a) - order(b)));
      for (const outcome of outcomes) {
        expect(outcome.err, `${outcome.name}: ${outcome.err && outcome.err.message}`).to.equal(style === 'callback' ? null : undefined);
        ORG_CHECKS[outcome.name](outcome.result, emulator.demo);
        if (style === 'callback') {
          expect({ returned: outcome.returned, sync: outcome.sync, calls: outcome.calls }, outcome.name)
            .to.deep.equal({ returned: undefined, sync: false, calls: 1 });
        } else {
          expect(outcome.isPromise, outcome.name).to.equal(true);
        }
      }
      // One request per action reached the emulator, and the state shows the writes.
      expect(requestsSince(from)).to.have.length(13);
      expect(emulator.snapshot().orgs.map((o) => o.id)).to.not.include(emulator.demo.orgId);
    });
  }

  it('an API error (404, 401) is a LosantError with statusCode and type, in both styles, the token redacted', async () => {
    emulator.reset();
    const { notFound, unauthorized } = await run('apiErrors');
    for (const [outcomes, statusCode, type] of [[notFound, 404, 'NotFound'], [unauthorized, 401, 'Unauthorized']]) {
      for (const { err } of outcomes) {
        expect(err).to.include({ isError: true, isLosantError: true, name: 'LosantError', statusCode, type });
        expect(err.request.headers.Authorization).to.equal('Bearer [REDACTED]');
      }
    }
    expect(notFound[1]).to.include({ sync: false, calls: 1 });
  });

  it('a validation error, in both styles, sends nothing', async () => {
    const from = log.length;
    const outcomes = await run('validationErrors');
    for (const { err } of outcomes.slice(0, 2)) {
      expect(err).to.include({ isLosantError: true, type: 'Validation', field: 'invite.role' });
    }
    expect(outcomes[2].err).to.include({ type: 'Validation', field: 'params' });
    expect(outcomes[2].sync).to.equal(false);
    expect(log.slice(from)).to.deep.equal([]);
  });

  it('an abort (before the call, and while the request is in flight) ends the call with type Aborted', async () => {
    emulator.reset();
    const outcomes = await run('aborts');
    expect(outcomes).to.have.length(3);
    for (const { err } of outcomes) expect(err).to.include({ isLosantError: true, type: 'Aborted', code: 'ABORT_ERR' });
    expect(outcomes[2]).to.include({ sync: false, calls: 1 });
  });

  it('a PATCH is preflighted (OPTIONS answered by the emulator) and then sent; the page loads only the Org chunk', async () => {
    emulator.reset();
    // A fresh browser context: no preflight answer cached from the other tests.
    const context = await browser.createBrowserContext();
    try {
      const firstFile = site.requested.length;
      const fresh = await openPage(context);
      const from = log.length;
      const outcome = await run('patch', fresh);
      expect(outcome.err).to.equal(undefined);
      expect(outcome.result.description).to.equal('Preflighted PATCH');
      const path = `/orgs/${emulator.demo.orgId}?_actions=false&_links=true&_embedded=true`;
      expect(log.slice(from)).to.deep.equal([`OPTIONS ${path} → 204`, `PATCH ${path} → 200`]);
      // Resource tables live in chunks of their own: only org's was loaded, on the first call.
      const loaded = site.requested.slice(firstFile).filter((file) => /\.js$/.test(file));
      const tables = loaded.map((file) => resourceTablesIn(metafile, file)).reduce((all, some) => all.concat(some), []);
      expect(tables).to.deep.equal(['org']);
    } finally {
      await context.close();
    }
  });

  it('CORS is enforced: a request header the emulator does not allow is refused by the browser (a Network error)', async () => {
    const from = log.length;
    const outcome = await run('disallowedHeader');
    expect(outcome.err).to.include({ isLosantError: true, type: 'Network' });
    expect(requestsSince(from)).to.deep.equal([]);
  });

  it('uploads from a Blob, a File and a Uint8Array arrive as sent (native FormData); other values are refused', async () => {
    emulator.reset();
    const [blob, file, bytes, refused] = await run('uploads');
    expect(blob.result).to.include({ fileSize: 20, contentType: 'text/plain', s3etag: md5('hello from a browser') });
    expect(file).to.include({ err: null, sync: false, calls: 1 });
    expect(file.result).to.include({ fileSize: 7, contentType: 'application/json', s3etag: md5('{"a":1}') });
    expect(bytes.result).to.include({ fileSize: 7, contentType: 'application/octet-stream', s3etag: md5(Buffer.from([1, 2, 3, 4, 5, 6, 7])) });
    expect(refused.err).to.include({ type: 'Validation', field: 'file', message: 'file must be a Blob, a File, a Uint8Array or a string' });
  });

  it('a state stream sends the token, delivers events, and close() ends it', async () => {
    emulator.reset();
    const outcome = await run('stateStreams');
    expect(outcome.callbackErr).to.equal(null);
    // Both got step 1; after the first was closed only the second got step 2.
    expect(outcome.seen).to.deep.equal({ first: [1], second: [1, 2] });
    expect(outcome.closedState).to.equal(2);
    expect(outcome.secondState).to.equal(2);
    expect(outcome.url).to.equal(`${emulator.url}/applications/${emulator.demo.applicationId}/devices/${emulator.demo.deviceId}/stateStream`);
  });

  it('an exception thrown by a callback is uncaught (window error), never a rejection, and the callback runs once', async () => {
    emulator.reset();
    const reports = await run('throwingCallbacks');
    expect(reports).to.deep.equal([
      { calls: 1, uncaught: ['thrown by the caller'], unhandled: [] },
      { calls: 1, uncaught: ['thrown by the caller'], unhandled: [] },
    ]);
  });

  it('a falsy rejection (from a `fetch` option) reaches both styles as an Error', async () => {
    const outcomes = await run('falsyRejections');
    expect(outcomes).to.have.length(8);
    for (const { err } of outcomes) {
      expect(err).to.include({ isError: true, isLosantError: true, type: 'Network' });
      expect(err.message).to.be.a('string').and.not.equal('');
    }
  });

  it('examples/browser lists the organization\'s members (the page of the browser guide\'s screenshot)', async () => {
    const { startExample } = require('../../examples/browser/serve');
    const example = await startExample();
    const tab = await browser.newPage();
    try {
      await tab.goto(example.pageUrl);
      await tab.waitForSelector('#members:not([hidden])', { timeout: 10000 });
      const shown = await tab.evaluate(() => ({
        status: document.getElementById('status').textContent,
        rows: Array.from(document.querySelectorAll('#members tbody tr')).map((tr) => Array.from(tr.cells).map((td) => td.textContent)),
      }));
      const org = example.emulator.snapshot().orgs.filter((o) => o.id === example.emulator.demo.orgId)[0];
      expect(shown.status).to.equal(`${org.name}: ${org.members.length} members`);
      expect(shown.rows.map((cells) => [cells[1], cells[2]])).to.deep.equal(org.members.map((m) => [m.email, m.role]));
    } finally {
      await tab.close();
      await example.close();
    }
  });

  it('nothing went unhandled in the page', async () => {
    expect(await run('leftovers')).to.deep.equal({ uncaught: [], unhandled: [] });
  });
});

/** The order of the calls in test/browser/app.js, to compare the names with the table's. */
function order(name) {
  return Object.keys(ORG_CHECKS).indexOf(name);
}

/** The resources whose action tables are in the bundle's output file `file` (a path served from its folder). */
function resourceTablesIn(metafile, file) {
  const key = Object.keys(metafile.outputs).filter((out) => out.endsWith(file))[0];
  if (!key) throw new Error(`${file} is not one of the bundle's files`);
  return Object.keys(metafile.outputs[key].inputs)
    .map((input) => /losant-org-client\/dist\/browser\/chunks\/([A-Za-z]+)\.mjs$/.exec(input))
    .filter((m) => m && Object.prototype.hasOwnProperty.call(actionNames, m[1]))
    .map((m) => m[1]);
}
