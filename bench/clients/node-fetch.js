'use strict';
// The ceiling of the transport this library is built on: node-fetch@2 alone,
// with the same keep-alive agent settings as raw http.
const http = require('http');
const fetch = require('node-fetch');
const { PATH, QUERY, HEADERS, PATCH } = require('../fixtures');

module.exports = function create({ base }) {
  const agent = new http.Agent({ keepAlive: true });
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
};
