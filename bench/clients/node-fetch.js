'use strict';
// The ceiling of the transport this library is built on: node-fetch@2 alone,
// with the same keep-alive agent settings as raw http.
const http = require('http');
const fetch = require('node-fetch');
const { fetchMethods } = require('./shared');

module.exports = function create({ base }) {
  return fetchMethods(fetch, base, new http.Agent({ keepAlive: true }));
};
