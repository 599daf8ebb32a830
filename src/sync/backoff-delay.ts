/** Exponential backoff with jitter: 1 s, 2 s, 4 s … up to 60 s, each ±25 %. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 1_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}
