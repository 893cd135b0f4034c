/**
 * Everything that talks to the network, gathered into one module so the build makes it one
 * chunk that lazy-wire.ts loads on the first request: request.ts (with the transport on
 * Node's http, https, net, tls, zlib and stream) and the Server-Sent Events of the stream
 * actions. A script that only requires the package and creates a client loads none of it.
 */
export { send } from '../request';
export { openStream } from '../streams/stream';
