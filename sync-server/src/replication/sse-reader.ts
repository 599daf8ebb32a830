/**
 * Reads a replication stream the way the tablet does (fetch streaming with a Bearer header) and queues its
 * events: `data:` lines parsed as JSON, `:` comments as { comment }. For tests.
 */
export type SseEvent = { data: unknown } | { comment: string };

export interface SseReader {
  status: number;
  events: SseEvent[];
  /** The next event matching `predicate` (consumed with everything before it), or a timeout error. */
  next(predicate?: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
}

export async function openSseReader(url: string, headers: Record<string, string>): Promise<SseReader> {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  const events: SseEvent[] = [];
  const waiter: { wake: (() => void) | null } = { wake: null };
  let buffer = '';
  const parse = (block: string) => {
    for (const line of block.split('\n')) {
      if (line.startsWith('data: ')) events.push({ data: JSON.parse(line.slice(6)) });
      else if (line.startsWith(':')) events.push({ comment: line.slice(1).trim() });
    }
  };
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    const body = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await body.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
        waiter.wake?.();
      }
    } catch {
      // aborted
    }
    waiter.wake?.();
  })();

  async function next(
    predicate: (event: SseEvent) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = events.findIndex(predicate);
      if (index >= 0) return events.splice(0, index + 1)[index] as SseEvent;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching SSE event within ${timeoutMs} ms: ${JSON.stringify(events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiter.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  return { status: response.status, events, next, close: () => abort.abort(), ended };
}

export const isData = (event: SseEvent): event is { data: unknown } => 'data' in event;
export const isDocuments = (event: SseEvent): boolean =>
  isData(event) && typeof event.data === 'object' && event.data !== null && 'documents' in event.data;
