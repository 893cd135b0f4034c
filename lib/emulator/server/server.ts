/**
 * The HTTP server around the pipeline: listening, answering malformed HTTP
 * with a 400, and a close() that also ends idle keep-alive connections, so
 * a test process that closes its emulator exits by itself.
 *
 * Answers on a connection go out strictly in request order. Node queues the
 * answers to pipelined requests in order, but its `clientError` hook hands us
 * the raw socket: a 400 written there at once would overtake the answers
 * still pending for the requests before the malformed one. So the 400 waits
 * until every request already handed to the pipeline on that socket has had
 * its answer, and then closes the connection.
 */
import { createServer, IncomingMessage, ServerResponse } from 'http';
import type { Socket } from 'net';

export interface Listening {
  port: number;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What a connection still owes: answers in progress, and a refusal to send after them. */
interface Turns {
  pending: number;
  refusal?: string;
}

/** `beforeClose` runs first at close() (ending open streams cleanly); the sockets are closed once it resolves. */
export function listen(handler: Handler, port: number, host: string, beforeClose: () => Promise<void> = () => Promise.resolve()): Promise<Listening> {
  const turns = new WeakMap<Socket, Turns>();
  const turnsOf = (socket: Socket): Turns => {
    let t = turns.get(socket);
    if (!t) turns.set(socket, (t = { pending: 0 }));
    return t;
  };
  const refuse = (socket: Socket, answer: string) => {
    if (socket.writable) socket.end(answer);
    else socket.destroy();
  };

  const tracked: Handler = (req, res) => {
    const socket = req.socket;
    const t = turnsOf(socket);
    t.pending += 1;
    let done = false;
    const answered = () => {
      if (done) return;
      done = true;
      t.pending -= 1;
      // 'finish' means the answer is queued on the socket: whatever is written next comes after it.
      if (t.pending === 0 && t.refusal !== undefined) refuse(socket, t.refusal);
    };
    res.on('finish', answered);
    res.on('close', answered);
    handler(req, res);
  };

  const server = createServer(tracked);
  // No inactivity timeout on sockets (Node 10 and 12 default to 2 minutes): a stream whose
  // keepAliveInterval is longer must stay open. Idle keep-alive connections still end after
  // keepAliveTimeout, and slow request heads after headersTimeout.
  server.timeout = 0;
  // Without this listener Node answers `Expect: 100-continue` itself, before the
  // handler could refuse a body too large to read (http-io.ts sends the 100).
  server.on('checkContinue', tracked);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (err: Error, socket: Socket) => {
    // Unparseable HTTP: answer once, in turn, then drop the connection; the server keeps serving others.
    const t = turnsOf(socket);
    if (t.refusal !== undefined) return;
    const body = JSON.stringify({ type: 'BadRequest', message: `Malformed HTTP request: ${err.message}` });
    t.refusal = `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
    if (t.pending === 0) refuse(socket, t.refusal);
  });

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    if (!closing) {
      closing = new Promise<void>((resolve) => {
        server.close(() => resolve());
        const destroyAll = () => sockets.forEach((socket) => socket.destroy());
        beforeClose().then(destroyAll, destroyAll);
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
