'use strict';
// axios@1 with a keep-alive agent, configured the way a user would.
const http = require('http');
const axios = require('axios');
const { PATH, QUERY, HEADERS, PATCH } = require('../fixtures');

module.exports = function create({ base }) {
  const instance = axios.create({ httpAgent: new http.Agent({ keepAlive: true }), headers: HEADERS });
  const url = `${base}${PATH}?${QUERY}`;
  return {
    style: 'promise',
    get: () => instance.get(url).then((res) => res.data),
    // axios serializes the object and sets Content-Type: application/json itself.
    patch: () => instance.patch(url, PATCH).then((res) => res.data),
  };
};
