import { type AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the sink accepted it: when it arrived (after the whole DATA was read) and what it says. */
export interface Arrival {
  messageId: string;
  subject: string;
  to: string;
  receivedAt: number;
}

export interface RecordingSmtpSink {
  url: string;
  arrivals: Arrival[];
  /**
   * Called once the sink holds the whole message and has decided to accept it, just before its 250
   * goes out: from here the message counts as delivered, yet its sender cannot have recorded that.
   * The chaos test kills a worker from here.
   */
  onAccepting: ((arrival: Arrival) => void) | undefined;
  close(): Promise<void>;
}

/** An SMTP server in the test process that records each message's Message-ID and arrival time. */
export async function startRecordingSmtpSink(): Promise<RecordingSmtpSink> {
  const sink: Omit<RecordingSmtpSink, 'url' | 'close'> = { arrivals: [], onAccepting: undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // A worker killed mid-conversation leaves its connections behind; do not keep them for long.
    socketTimeout: 10_000,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const arrival: Arrival = {
            messageId: parsed.messageId ?? '',
            subject: parsed.subject ?? '',
            to: (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).map((address) => address.text).join(', '),
            receivedAt: Date.now(),
          };
          sink.arrivals.push(arrival);
          sink.onAccepting?.(arrival);
          callback();
        })
        .catch(callback);
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
