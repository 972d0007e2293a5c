import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** What the queue benchmark needs of each accepted message: its Message-ID and when its DATA ended. */
export interface SinkArrival {
  messageId: string;
  receivedAt: number;
}

export interface BenchSmtpSink {
  url: string;
  arrivals: SinkArrival[];
  close(): Promise<void>;
}

const MESSAGE_ID = /^message-id:\s*(<[^>\r\n]+>)/im;
/** Headers come first; the Message-ID is well within this many bytes. */
const HEADER_BYTES = 16_384;

/**
 * A local SMTP server that accepts everything and records each message's Message-ID and arrival
 * time. It reads only the headers (no MIME parsing), so that on a small machine the sink costs as
 * little CPU as possible next to the workers it measures. (The chaos suite's sink in test/ parses
 * whole messages with mailparser, and the build does not include test/.)
 */
export async function startBenchSmtpSink(): Promise<BenchSmtpSink> {
  const arrivals: SinkArrival[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 1024 * 1024,
    maxClients: 100,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < HEADER_BYTES) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        arrivals.push({ messageId: MESSAGE_ID.exec(head)?.[1] ?? '', receivedAt: Date.now() });
        callback();
      });
      stream.on('error', callback);
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
