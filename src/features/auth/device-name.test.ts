import { describe, expect, it } from 'vitest';
import { summariseUserAgent } from './device-name';

describe('summariseUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Safari/537.36',
      'Android 13 平板 / Chrome 120',
    ],
    [
      'Mozilla/5.0 (Linux; Android 12; M2012K11AC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Mobile Safari/537.36',
      'Android 12 手机 / Chrome 114',
    ],
    [
      'Mozilla/5.0 (Linux; Android 10; HarmonyOS; BAH3-W09) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.2.300 Safari/537.36',
      '鸿蒙平板 / 华为浏览器 14',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
      'Windows 电脑 / Edge 126',
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
      'Linux 电脑 / Chrome 140',
    ],
    [
      'Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
      'iPad / Safari 17',
    ],
  ])('names %s', (ua, expected) => {
    expect(summariseUserAgent(ua)).toBe(expected);
  });

  it('recognises an iPad that reports a desktop Safari user agent by its touch points', () => {
    const ua =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
    expect(summariseUserAgent(ua, 5)).toBe('iPad / Safari 17');
    expect(summariseUserAgent(ua, 0)).toBe('Mac 电脑 / Safari 17');
  });

  it('stays within the 120 characters the login request allows', () => {
    expect(summariseUserAgent('').length).toBeGreaterThan(0);
    expect(summariseUserAgent('x'.repeat(500)).length).toBeLessThanOrEqual(120);
  });
});
