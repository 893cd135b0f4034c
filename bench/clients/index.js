'use strict';
// Every client the benchmark runs: id → how to build it and how to label it.
// `raw-http` must stay: every ratio is taken against it, within the same round.

const CLIENTS = [
  { id: 'raw-http', label: 'raw http.request (keep-alive)', module: './raw-http' },
  { id: 'node-fetch', label: 'node-fetch@2 bare (keep-alive)', module: './node-fetch' },
  { id: 'ours-promise', label: 'losant-org-client, promise', module: './ours', options: { style: 'promise' } },
  { id: 'ours-callback', label: 'losant-org-client, callback', module: './ours', options: { style: 'callback' } },
  {
    id: 'ours-novalidate', label: 'losant-org-client, promise, validate: false', module: './ours',
    options: { style: 'promise', validate: false },
  },
  {
    id: 'ours-node-fetch', label: 'losant-org-client, promise, fetch: node-fetch', module: './ours',
    options: { style: 'promise', fetch: 'node-fetch' },
  },
  { id: 'losant-rest-promise', label: 'losant-rest@2.8.1, promise', module: './losant-rest', options: { style: 'promise' } },
  { id: 'losant-rest-callback', label: 'losant-rest@2.8.1, callback', module: './losant-rest', options: { style: 'callback' } },
  { id: 'axios', label: 'axios@1 (keep-alive)', module: './axios' },
  { id: 'global-fetch', label: 'Node global fetch (undici)', module: './global-fetch' },
];

function findClient(id) {
  const client = CLIENTS.find((c) => c.id === id);
  if (!client) throw new Error(`Unknown client "${id}"; known: ${CLIENTS.map((c) => c.id).join(', ')}`);
  return client;
}

module.exports = { CLIENTS, findClient };
