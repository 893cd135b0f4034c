'use strict';
// Loaded by mocha before any test file (.mocharc.json "require"). The client
// honours HTTP_PROXY, HTTPS_PROXY and NO_PROXY by default, and the project's
// own tests talk to servers on 127.0.0.1: a proxy set on the machine (a CI
// runner behind a corporate proxy) must not come between them. The variables
// are removed from this process, and so from every child process a test
// starts with process.env; the tests of the proxy variables set their own.
const removed = [];
for (const key of Object.keys(process.env)) {
  if (/^(https?|no|all)_proxy$/i.test(key)) {
    removed.push(key);
    delete process.env[key];
  }
}
if (removed.length) console.log(`test setup: ${removed.join(', ')} removed from the environment of the tests`);

module.exports = { removed };
