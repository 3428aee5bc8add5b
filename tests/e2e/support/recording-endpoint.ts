/*
 * A stand-in for the MSP's lead endpoint: a real HTTP server on this machine that records every
 * lead it is sent and answers as the test says (a status, or never). It answers the browser's
 * CORS preflight and names the site's origin, as a real endpoint must for the page to read the
 * status (the README says so to the MSP).
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the next leads are answered: with this status, or not at all. */
export type Answer = { status: number } | 'hang';

export interface RecordingEndpoint {
  /** The URL to put into the site's lead-capture config. */
  url: string;
  /** Every lead posted so far, in order. */
  received: Received[];
  answerWith(answer: Answer): void;
  close(): Promise<void>;
}

export async function startRecordingEndpoint(port: number, siteOrigin: string): Promise<RecordingEndpoint> {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  let answer: Answer = { status: 200 };
  const cors = {
    'access-control-allow-origin': siteOrigin,
    'access-control-allow-methods': 'POST',
    'access-control-allow-headers': 'content-type',
  };
  const server = createServer((request, response) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (answer === 'hang') {
        hanging.push(response);
        return;
      }
      response.writeHead(answer.status, { ...cors, 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/leads`,
    received,
    answerWith: (next) => {
      answer = next;
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
