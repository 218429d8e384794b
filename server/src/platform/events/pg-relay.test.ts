import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus, type DomainEvent } from './bus.js';
import { startPgRelay } from './pg-relay.js';

const url = process.env.TONGBAN_TEST_PG_URL;
const quiet = { warn: () => undefined };

/** Two server nodes on one PostgreSQL: cross-node events reach the other node once, the rest stay home. */
describe.skipIf(!url)('event relay over PostgreSQL LISTEN/NOTIFY', () => {
  const nodes = [new EventBus(), new EventBus()];
  const seen: DomainEvent[][] = [[], []];
  const stops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    for (const [i, bus] of nodes.entries()) {
      bus.relayAcross('notification.created');
      bus.on('*', (e) => seen[i]!.push(e));
      stops.push(await startPgRelay(bus, url!, quiet));
    }
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  const arrival = async (i: number, type: string) => {
    for (let tries = 0; tries < 100; tries++) {
      const event = seen[i]!.find((e) => e.type === type);
      if (event) return event;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${type} never reached node ${i}`);
  };

  it('carries a relayed event to the other node, and delivers it to its own node only once', async () => {
    nodes[0]!.publish({ type: 'workflow.task.created', payload: { stays: true } });
    nodes[0]!.publish({ type: 'notification.created', payload: { ids: ['n1'], userIds: ['u1'] } });
    expect((await arrival(1, 'notification.created')).payload).toEqual({ ids: ['n1'], userIds: ['u1'] });
    // The relayed event came after the local one, so by now the local one would have arrived too.
    expect(seen[1]!.map((e) => e.type)).toEqual(['notification.created']);
    nodes[1]!.publish({ type: 'notification.created', payload: { ids: ['n2'], userIds: ['u2'] } });
    await arrival(0, 'notification.created');
    for (let tries = 0; tries < 100 && seen[0]!.length < 3; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen[0]!.map((e) => e.payload.ids ?? 'local')).toEqual(['local', ['n1'], ['n2']]);
  });
});
