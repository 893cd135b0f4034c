/**
 * The HTTP server around the pipeline: listening, answering malformed HTTP
 * with a 400, and a close() that also ends idle keep-alive connections, so
 * a test process that closes its emulator exits by itself.
 */
import { createServer, IncomingMessage, ServerResponse } from 'http';
import type { Socket } from 'net';

export interface Listening {
  port: number;
  close(): Promise<void>;
}

export function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, port: number, host: string): Promise<Listening> {
  const server = createServer(handler);
  // Without this listener Node answers `Expect: 100-continue` itself, before the
  // handler could refuse a body too large to read (http-io.ts sends the 100).
  server.on('checkContinue', handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (err: Error, socket: Socket) => {
    // Unparseable HTTP: answer once if we still can, then drop the connection; the server keeps serving others.
    const body = JSON.stringify({ type: 'BadRequest', message: `Malformed HTTP request: ${err.message}` });
    if (socket.writable) {
      socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    } else {
      socket.destroy();
    }
  });

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    if (!closing) {
      closing = new Promise<void>((resolve) => {
        server.close(() => resolve());
        sockets.forEach((socket) => socket.destroy());
      });
    }
    return closing;
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      const actual = address && typeof address === 'object' ? address.port : port;
      resolve({ port: actual, close });
    });
  });
}
