/** The counters the replication routes update (registered by metrics/; absent in tests that do not care). */
export interface ReplicationMetrics {
  rejectedActions: { inc(): void };
  pushedRows: { inc(labels: { collection: string }, value: number): void };
  openStreams: { inc(): void; dec(): void };
  /** Seconds from a commit notification to its documents written to a stream. */
  streamLag: { observe(seconds: number): void };
}
