'use strict';
// Node's built-in fetch (undici), which pools keep-alive connections itself.
const { fetchMethods } = require('./shared');

module.exports = function create({ base }) {
  return fetchMethods(fetch, base, undefined);
};
