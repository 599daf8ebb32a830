/**
 * Pushes per second one server process sustains: autocannon pushes for `seconds` (or until the
 * `maxPushes` pre-generated bodies are used) over `connections` keep-alive connections (that many tablets
 * pushing at once, closed loop), each
 * `POST /api/replication/actions/push` with ONE new case (a `submit` action of the tablet's village, made
 * by the demo history generator), every body distinct and pre-generated, with that tablet's token. The
 * server folds each through the reducer in a transaction; its own counters confirm what was stored.
 */
import autocannon from 'autocannon';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/wire/protocol-version';
import type { ServerProcess } from '../support/server-process';
import { serverMetric } from './bench-api';
import type { FleetDevice } from './device-fleet';
import { newSubmits, pushRowOf, runPrefix } from './village-workload';

export interface PushLoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  processedRows: number;
  rejectedRows: number;
}

export async function pushLoad(
  server: ServerProcess,
  devices: readonly FleetDevice[],
  options: { seconds: number; maxPushes: number; connections: number },
): Promise<PushLoadResult> {
  // One device per village pushes that village's new cases.
  const byVillage = new Map<string, FleetDevice>();
  for (const device of devices) if (!byVillage.has(device.village)) byVillage.set(device.village, device);
  const villages = [...byVillage.keys()];
  // A few spare bodies: autocannon may prepare a request per connection that is never sent.
  const total = options.maxPushes + options.connections * 2;
  const submits = newSubmits(villages, Math.ceil(total / villages.length), {
    seed: 31,
    prefix: runPrefix('bc'),
  });
  const bodies: { body: string; device: FleetDevice }[] = [];
  for (let round = 0; bodies.length < total; round += 1)
    for (const village of villages) {
      const action = submits.get(village)?.[round];
      const device = byVillage.get(village);
      if (action && device)
        bodies.push({ body: JSON.stringify([pushRowOf(action, device.deviceId)]), device });
    }

  const storedBefore = await serverMetric(server, 'daiban_replication_pushed_rows_total');
  const rejectedBefore = await serverMetric(server, 'daiban_actions_rejected_total').catch(() => 0);
  let next = 0;
  const result = await autocannon({
    url: server.url,
    connections: options.connections,
    duration: options.seconds,
    maxOverallRequests: options.maxPushes,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        path: '/api/replication/actions/push',
        setupRequest: (req) => {
          const entry = bodies[next++ % bodies.length];
          if (!entry) throw new Error('no push bodies');
          return {
            ...req,
            body: entry.body,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${entry.device.accessToken}`,
              [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
              'x-forwarded-for': entry.device.ip,
            },
          };
        },
      },
    ],
  });
  if (next > bodies.length)
    throw new Error(`autocannon prepared ${next} requests for ${bodies.length} bodies`);
  const storedAfter = await serverMetric(server, 'daiban_replication_pushed_rows_total');
  const rejectedAfter = await serverMetric(server, 'daiban_actions_rejected_total').catch(() => 0);
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    perSecond: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    processedRows: storedAfter - storedBefore,
    rejectedRows: rejectedAfter - rejectedBefore,
  };
}
