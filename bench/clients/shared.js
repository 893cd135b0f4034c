'use strict';
// What several benchmark clients do alike, written once.
const { ORG_ID, PATH, QUERY, HEADERS, PATCH } = require('../fixtures');

/** get/patch for a client with losant-rest's `client.org` API, in the given style. */
function orgMethods(client, style) {
  const getParams = { orgId: ORG_ID };
  const patchParams = { orgId: ORG_ID, organization: PATCH };
  if (style === 'callback') {
    return {
      style,
      get: (cb) => client.org.get(getParams, cb),
      patch: (cb) => client.org.patch(patchParams, cb),
    };
  }
  return {
    style: 'promise',
    get: () => client.org.get(getParams),
    patch: () => client.org.patch(patchParams),
  };
}

/** get/patch through a WHATWG-style fetch; `agent` is passed on (node-fetch uses it, undici has none). */
function fetchMethods(fetch, base, agent) {
  const url = `${base}${PATH}?${QUERY}`;
  const patchHeaders = Object.assign({}, HEADERS, { 'Content-Type': 'application/json' });

  function call(init) {
    return fetch(url, init).then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json();
    });
  }

  return {
    style: 'promise',
    get: () => call({ method: 'GET', headers: HEADERS, agent }),
    // Serialized per request, as every other client does with the body object.
    patch: () => call({ method: 'PATCH', headers: patchHeaders, body: JSON.stringify(PATCH), agent }),
  };
}

module.exports = { orgMethods, fetchMethods };
