/**
 * Tries of the public progress lookup per IP: at most `max` in a sliding window. Every POST counts (a
 * correct answer too), so the page cannot be used to walk through receipt numbers. In memory, per instance.
 */
export const PROGRESS_TRIES_PER_WINDOW = 10;
export const PROGRESS_WINDOW_MS = 15 * 60 * 1000;
const MAX_TRACKED_IPS = 50_000;

export class ProgressRateLimiter {
  private readonly tries = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    private readonly max = PROGRESS_TRIES_PER_WINDOW,
    private readonly windowMs = PROGRESS_WINDOW_MS,
  ) {}

  /** Records a try; returns the seconds to wait when over the limit, else 0. */
  hit(ip: string): number {
    const now = this.now();
    const recent = (this.tries.get(ip) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.max) {
      this.tries.set(ip, recent);
      const oldest = recent[0] ?? now;
      return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
    }
    recent.push(now);
    if (!this.tries.has(ip) && this.tries.size >= MAX_TRACKED_IPS) this.prune(now);
    this.tries.set(ip, recent);
    return 0;
  }

  private prune(now: number): void {
    for (const [ip, times] of this.tries)
      if (times.every((at) => at <= now - this.windowMs)) this.tries.delete(ip);
    if (this.tries.size >= MAX_TRACKED_IPS) this.tries.clear();
  }
}
