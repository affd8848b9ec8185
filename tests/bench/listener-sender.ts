/**
 * The sending side of listener-throughput.ts, run in a child process so that it does not share
 * an event loop with the server being measured. It plays the platform: unary
 * TriggerCallbackEvent calls, `concurrency` of them in flight at a time.
 */
import { credentials, makeClientConstructor, Metadata } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { z } from 'zod';
import { CALLBACK_METHOD, loadCallbackService } from '../../electron/listener/event-proto';

/** What the parent asks for. */
export const sendOrderSchema = z.object({
  address: z.string(),
  protoFile: z.string(),
  tag: z.string(),
  warmup: z.number().int().min(0),
  count: z.number().int().min(1),
  concurrency: z.number().int().min(1),
  legs: z.number().int().min(1),
});
export type SendOrder = z.infer<typeof sendOrderSchema>;

/** What the sender reports back. */
export interface SendReport {
  sent: number;
  acked: number;
  failed: number;
  firstError?: string;
  elapsedMs: number;
}

function event(tag: string, n: number, legs: number): Record<string, unknown> {
  const leg = n % legs;
  const ms = Math.floor(n / legs) * 10;
  return {
    event_sid: `${tag}-${n}`,
    event_type: 'leg_action_event',
    event_name: 'play_completed',
    event_timestamp: { seconds: 1_700_000_000 + Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 },
    event_data: {
      data: { leg_sid: `LEG-${tag}-${leg}`, account_sid: 'exotel60', state: 'connected' },
    },
  };
}

async function sendAll(order: SendOrder, from: number, count: number): Promise<SendReport> {
  const service = loadCallbackService(order.protoFile);
  const method = service.definition[CALLBACK_METHOD];
  if (method === undefined) throw new Error('no TriggerCallbackEvent');
  const Client = makeClientConstructor(service.definition, service.name);
  const client = new Client(order.address, credentials.createInsecure());
  const report: SendReport = { sent: 0, acked: 0, failed: 0, elapsedMs: 0 };
  let next = from;
  const end = from + count;
  const one = (n: number) =>
    new Promise<void>((resolve) => {
      report.sent++;
      client.makeUnaryRequest(
        method.path,
        method.requestSerialize,
        method.responseDeserialize,
        event(order.tag, n, order.legs),
        new Metadata(),
        (error: ServiceError | null) => {
          if (error) {
            report.failed++;
            report.firstError ??= error.message;
          } else report.acked++;
          resolve();
        },
      );
    });
  const worker = async () => {
    while (next < end) await one(next++);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: order.concurrency }, worker));
  report.elapsedMs = performance.now() - started;
  client.close();
  return report;
}

process.once('message', (message: unknown) => {
  const order = sendOrderSchema.parse(message);
  void (async () => {
    await sendAll(order, 0, order.warmup);
    const report = await sendAll(order, order.warmup, order.count);
    process.send?.(report, () => process.exit(0));
  })();
});
