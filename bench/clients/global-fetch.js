'use strict';
// Node's built-in fetch (undici), which pools keep-alive connections itself.
const { PATH, QUERY, HEADERS, PATCH } = require('../fixtures');

module.exports = function create({ base }) {
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
    get: () => call({ method: 'GET', headers: HEADERS }),
    // Serialized per request, as every other client does with the body object.
    patch: () => call({ method: 'PATCH', headers: patchHeaders, body: JSON.stringify(PATCH) }),
  };
};
