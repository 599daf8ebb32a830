/**
 * Prometheus metrics of one app (its own registry, so several apps in one test process do not clash):
 * HTTP requests, pushed rows, rejected actions, open replication streams, stream delivery lag and the highest
 * replication seq, plus the Node process defaults.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ReplicationMetrics } from '../replication/replication-metrics';
import type { Store } from '../store/store';

export interface ServerMetrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  replication: ReplicationMetrics;
}

export function createServerMetrics(store: Store): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'daiban_' });
  const httpRequests = new Counter({
    name: 'daiban_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const rejected = new Counter({
    name: 'daiban_actions_rejected_total',
    help: 'Pushed actions stored as rejected (with their reason)',
    registers: [registry],
  });
  const pushed = new Counter({
    name: 'daiban_replication_pushed_rows_total',
    help: 'Rows received by replication pushes, by collection',
    labelNames: ['collection'],
    registers: [registry],
  });
  const openStreams = new Gauge({
    name: 'daiban_replication_open_streams',
    help: 'Replication streams (SSE) open now',
    registers: [registry],
  });
  const lag = new Histogram({
    name: 'daiban_replication_stream_lag_seconds',
    help: 'Time from a commit notification to its documents being written to a stream',
    buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
    registers: [registry],
  });
  new Gauge({
    name: 'daiban_replication_max_seq',
    help: 'Highest replication seq assigned (pullers compare their checkpoint with it)',
    registers: [registry],
    async collect() {
      this.set(await store.maxSeq());
    },
  });
  return {
    registry,
    httpRequests,
    replication: {
      rejectedActions: { inc: () => rejected.inc() },
      pushedRows: { inc: (labels, value) => pushed.inc(labels, value) },
      openStreams: { inc: () => openStreams.inc(), dec: () => openStreams.dec() },
      streamLag: { observe: (seconds) => lag.observe(seconds) },
    },
  };
}
