import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from './login-rate-limiter';

describe('LoginRateLimiter', () => {
  it('allows 5 failures per key in 15 minutes, then waits for the oldest to age out', () => {
    let now = 0;
    const limiter = new LoginRateLimiter({ now: () => now });
    const key = LoginRateLimiter.keyOf(' Agent1 ', '10.0.0.1');
    expect(key).toBe(LoginRateLimiter.keyOf('agent1', '10.0.0.1'));
    for (let i = 0; i < 5; i += 1) {
      expect(limiter.retryAfterSeconds(key)).toBe(0);
      limiter.recordFailure(key);
      now += 60_000;
    }
    expect(limiter.retryAfterSeconds(key)).toBe(10 * 60);
    now += 10 * 60_000;
    expect(limiter.retryAfterSeconds(key)).toBe(0);
    limiter.recordFailure(key);
    expect(limiter.retryAfterSeconds(key)).toBeGreaterThan(0);
    limiter.reset(key);
    expect(limiter.retryAfterSeconds(key)).toBe(0);
  });

  it('forgets the oldest keys beyond its memory bound', () => {
    const limiter = new LoginRateLimiter({ maxKeys: 2, maxFailures: 1 });
    for (const key of ['a', 'b', 'c']) limiter.recordFailure(key);
    expect(limiter.retryAfterSeconds('a')).toBe(0);
    expect(limiter.retryAfterSeconds('c')).toBeGreaterThan(0);
  });
});
