// The app that test/browser/chromium.test.js bundles with esbuild (importing the package by its
// name, for the browser) and runs in headless Chromium. Each scenario runs in the page
// and returns plain data (results, errors as their fields) for the test to check.
import { createClient, isLosantError } from 'losant-org-client';

/** What a test needs to know of an error, as JSON. */
function errorFields(err) {
  if (!err) return err;
  return {
    isError: err instanceof Error,
    isLosantError: isLosantError(err),
    name: err.name,
    message: err.message,
    statusCode: err.statusCode,
    type: err.type,
    code: err.code,
    field: err.field,
    request: err.request,
  };
}

/** Every uncaught exception and unhandled rejection the page sees, for the checks of the callback rules. */
const uncaught = [];
const unhandled = [];
window.addEventListener('error', (event) => {
  uncaught.push(event.error ? event.error.message : String(event.message));
  // Reported to the test instead of the console.
  event.preventDefault();
});
window.addEventListener('unhandledrejection', (event) => {
  unhandled.push(String(event.reason && event.reason.message ? event.reason.message : event.reason));
});

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Calls `method(params[, options], callback)` and reports what the callback style
 * promises: undefined returned, never called synchronously, called exactly once.
 */
function viaCallback(method, params, options) {
  return new Promise((resolve) => {
    let calls = 0;
    let sync = true;
    let outcome;
    let returned;
    const callback = (err, result) => {
      calls += 1;
      if (calls > 1) return;
      outcome = { err, result, sync };
      // A second call would come within the same turn or the next: wait one macrotask before reporting.
      macrotask().then(() => resolve({ ...outcome, calls, returned }));
    };
    returned = options === undefined ? method(params, callback) : method(params, options, callback);
    sync = false;
  });
}

function viaPromise(method, params, options) {
  const promise = options === undefined ? method(params) : method(params, options);
  const isPromise = promise instanceof Promise;
  return promise.then(
    (result) => ({ result, isPromise }),
    (err) => ({ err, isPromise }),
  );
}

function call(style, method, params, options) {
  return (style === 'callback' ? viaCallback : viaPromise)(method, params, options).then((outcome) => ({
    ...outcome, err: errorFields(outcome.err),
  }));
}

/** The 13 Org actions, in an order in which each succeeds against the emulator's default seed. */
function orgCalls(demo) {
  const orgId = demo.orgId;
  return [
    ['get', { orgId }],
    ['deviceCounts', { orgId }],
    ['payloadCounts', { orgId }],
    ['payloadCountsBreakdown', { orgId }],
    ['notebookMinuteCounts', { orgId }],
    ['pendingInvites', { orgId }],
    ['inviteMember', { orgId, invite: { email: 'browser.user@example.com', role: 'view' } }],
    ['revokeInvite', { orgId, inviteId: demo.inviteId }],
    ['patch', { orgId, organization: { description: 'Patched from a browser' } }],
    ['modifyMember', { orgId, member: { userId: demo.userId, role: 'view' } }],
    ['transferResources', { orgId, transfer: { destinationId: demo.userId, destinationType: 'user', applicationIds: [demo.applicationId] } }],
    ['removeMember', { orgId, userId: demo.userId }],
    ['delete', { orgId }],
  ];
}

const scenarios = {
  /** Every Org action in one style; returns each call's outcome. */
  async orgActions({ url, demo, style }) {
    const client = createClient({ url, accessToken: demo.token });
    const outcomes = [];
    for (const [name, params] of orgCalls(demo)) {
      outcomes.push({ name, ...(await call(style, client.org[name], params)) });
    }
    return outcomes;
  },

  /** An API error (404, then 401) in both styles. */
  async apiErrors({ url, demo }) {
    const client = createClient({ url, accessToken: demo.token });
    const missing = { orgId: 'ffffffffffffffffffffffff' };
    const stranger = createClient({ url, accessToken: 'not-a-token' });
    return {
      notFound: [await call('promise', client.org.get, missing), await call('callback', client.org.get, missing)],
      unauthorized: [await call('promise', stranger.org.get, { orgId: demo.orgId }), await call('callback', stranger.org.get, { orgId: demo.orgId })],
    };
  },

  /** Params the schema refuses, in both styles: nothing may be sent. */
  async validationErrors({ url, demo }) {
    const client = createClient({ url, accessToken: demo.token });
    const params = { orgId: demo.orgId, invite: { email: 'someone@example.com', role: 'boss' } };
    return [
      await call('promise', client.org.inviteMember, params),
      await call('callback', client.org.inviteMember, params),
      await call('callback', client.org.get, null),
    ];
  },

  /** Aborts: a signal aborted before the call, and one aborted while the request is in flight. */
  async aborts({ url, demo }) {
    const client = createClient({ url, accessToken: demo.token });
    const params = { orgId: demo.orgId };
    await client.org.get(params); // the org chunk is loaded: the next calls reach fetch at once
    const before = new AbortController();
    before.abort();
    const results = [await call('promise', client.org.get, params, { signal: before.signal })];
    for (const style of ['promise', 'callback']) {
      const during = new AbortController();
      const pending = call(style, client.org.get, params, { signal: during.signal });
      during.abort();
      results.push(await pending);
    }
    return results;
  },

  /** A PATCH (a preflighted method, with a JSON body and the token). */
  async patch({ url, demo }) {
    const client = createClient({ url, accessToken: demo.token });
    return call('promise', client.org.patch, { orgId: demo.orgId, organization: { description: 'Preflighted PATCH' } });
  },

  /** A request header the emulator's CORS answer does not allow: the browser must refuse to send it. */
  async disallowedHeader({ url, demo }) {
    const client = createClient({ url, accessToken: demo.token, retries: 0 });
    return call('promise', client.request, { method: 'GET', path: `/orgs/${demo.orgId}`, headers: { 'X-Not-Allowed': 'yes' } });
  },

  /** Uploads: a Blob with a promise, a File with a callback, bytes with a promise. */
  async uploads({ url, demo }) {
    const client = createClient({ url, accessToken: demo.token });
    const target = { applicationId: demo.applicationId, fileId: demo.fileId };
    return [
      await call('promise', client.file.upload, { ...target, file: new Blob(['hello from a browser'], { type: 'text/plain' }) }),
      await call('callback', client.file.upload, { ...target, file: new File(['{"a":1}'], 'data.json', { type: 'application/json' }) }),
      await call('promise', client.file.upload, { ...target, file: new Uint8Array([1, 2, 3, 4, 5, 6, 7]) }),
      await call('promise', client.file.upload, { ...target, file: { not: 'a file' } }),
    ];
  },

  /**
   * Two state streams of one device (one opened with a promise, one with a callback):
   * both get the first state; after the first is closed, only the second gets the next one.
   */
  async stateStreams({ url, demo }) {
    const client = createClient({ url, accessToken: demo.token });
    const target = { applicationId: demo.applicationId, deviceId: demo.deviceId };
    const first = await client.device.stateStream(target);
    const opened = await viaCallback(client.device.stateStream, target);
    const second = opened.result;
    const seen = { first: [], second: [] };
    const waiters = [];
    const watch = (name, source) => source.addEventListener('deviceState', (event) => {
      seen[name].push(JSON.parse(event.data).data.step);
      waiters.slice().forEach((check) => check());
    });
    watch('first', first);
    watch('second', second);
    const until = (test) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`events never came: ${JSON.stringify(seen)}`)), 10000);
      const check = () => {
        if (!test()) return;
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(check), 1);
        resolve();
      };
      waiters.push(check);
      check();
    });
    const send = (step) => client.device.sendState({ ...target, deviceState: { data: { step } } });
    await send(1);
    await until(() => seen.first.length === 1 && seen.second.length === 1);
    first.close();
    const closedState = first.readyState;
    await send(2);
    await until(() => seen.second.length === 2);
    // The closed stream's event would have come with the open one's (one server, one write each).
    await macrotask();
    second.close();
    return { seen, closedState, secondState: second.readyState, callbackErr: errorFields(opened.err), url: first.url };
  },

  /** A callback that throws, on a success and on an error: the exception must be uncaught, never a rejection. */
  async throwingCallbacks({ url, demo }) {
    const client = createClient({ url, accessToken: demo.token });
    const reports = [];
    for (const params of [{ orgId: demo.orgId }, { orgId: 'ffffffffffffffffffffffff' }]) {
      uncaught.length = 0;
      unhandled.length = 0;
      let calls = 0;
      await new Promise((resolve) => {
        client.org.get(params, () => {
          calls += 1;
          // The browser reports the exception as the task that threw ends: the next task sees it.
          macrotask().then(resolve);
          throw new Error('thrown by the caller');
        });
      });
      reports.push({ calls, uncaught: uncaught.slice(), unhandled: unhandled.slice() });
    }
    uncaught.length = 0;
    return reports;
  },

  /** A fetch (the `fetch` option) that rejects with a falsy value: both styles still get an Error. */
  async falsyRejections({ url, demo }) {
    const outcomes = [];
    for (const reason of [undefined, null, 0, '']) {
      const client = createClient({ url, accessToken: demo.token, retries: 0, fetch: () => Promise.reject(reason) });
      outcomes.push(await call('promise', client.org.get, { orgId: demo.orgId }));
      outcomes.push(await call('callback', client.org.get, { orgId: demo.orgId }));
    }
    return outcomes;
  },

  /** Everything the page saw go unhandled so far. */
  leftovers() {
    return { uncaught: uncaught.slice(), unhandled: unhandled.slice() };
  },
};

window.scenarios = scenarios;
window.appReady = true;
