'use strict';
// The practical limit: node:http with a keep-alive agent, doing only what any
// client must: serialize the body, read the answer, parse the JSON.
const http = require('http');
const { PATH, QUERY, HEADERS, PATCH } = require('../fixtures');

module.exports = function create({ port }) {
  const agent = new http.Agent({ keepAlive: true });
  const path = `${PATH}?${QUERY}`;

  function call(method, body, cb) {
    const headers = body === undefined ? HEADERS : Object.assign({}, HEADERS, {
      'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body),
    });
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        if (res.statusCode !== 200) return cb(new Error(`HTTP ${res.statusCode}`));
        let value;
        try {
          value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch (err) {
          return cb(err);
        }
        cb(null, value);
      });
    });
    req.on('error', cb);
    req.end(body);
  }

  return {
    style: 'callback',
    get: (cb) => call('GET', undefined, cb),
    // Serialized per request, as every other client does with the body object.
    patch: (cb) => call('PATCH', JSON.stringify(PATCH), cb),
  };
};
