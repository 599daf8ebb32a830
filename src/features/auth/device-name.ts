/**
 * A short, human name for this device from its user agent, sent at login and shown to admins in the
 * device list (e.g. "Android 13 平板 / Chrome 120"). Chinese, because the admins read Chinese.
 */

const MAX_LENGTH = 120;

function major(ua: string, pattern: RegExp): string | null {
  const match = pattern.exec(ua);
  return match?.[1] ? (match[1].split(/[._]/)[0] ?? null) : null;
}

function platformOf(ua: string, maxTouchPoints: number): string {
  if (/HarmonyOS|OpenHarmony/i.test(ua)) return /Mobile|Phone/i.test(ua) ? '鸿蒙手机' : '鸿蒙平板';
  const android = /Android\s*([\d.]+)?/i.exec(ua);
  if (android) {
    const version = android[1] ? ` ${android[1].split('.')[0]}` : '';
    return `Android${version} ${/Mobile/i.test(ua) ? '手机' : '平板'}`;
  }
  if (/iPad/.test(ua) || (/Macintosh/.test(ua) && maxTouchPoints > 1)) return 'iPad';
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/Windows/.test(ua)) return 'Windows 电脑';
  if (/Macintosh|Mac OS X/.test(ua)) return 'Mac 电脑';
  if (/CrOS/.test(ua)) return 'Chromebook';
  if (/Linux/.test(ua)) return 'Linux 电脑';
  return '未知设备';
}

function browserOf(ua: string): string {
  const checks: Array<[RegExp, string]> = [
    [/MicroMessenger\/([\d.]+)/, '微信'],
    [/HuaweiBrowser\/([\d.]+)/, '华为浏览器'],
    [/MiuiBrowser\/([\d.]+)/, '小米浏览器'],
    [/UCBrowser\/([\d.]+)/, 'UC 浏览器'],
    [/QQBrowser\/([\d.]+)/, 'QQ 浏览器'],
    [/EdgA?\/([\d.]+)/, 'Edge'],
    [/Firefox\/([\d.]+)/, 'Firefox'],
    [/(?:Headless)?Chrome\/([\d.]+)/, 'Chrome'],
    [/Version\/([\d.]+).*Safari/, 'Safari'],
  ];
  for (const [pattern, name] of checks) {
    const version = major(ua, pattern);
    if (version) return `${name} ${version}`;
  }
  return '浏览器';
}

export function summariseUserAgent(userAgent: string, maxTouchPoints = 0): string {
  const ua = userAgent.trim();
  if (ua === '') return '未知设备';
  return `${platformOf(ua, maxTouchPoints)} / ${browserOf(ua)}`.slice(0, MAX_LENGTH);
}

/** This browser's device name (navigator is read here, so the function above stays pure). */
export function currentDeviceName(): string {
  if (typeof navigator === 'undefined') return '未知设备';
  return summariseUserAgent(navigator.userAgent, navigator.maxTouchPoints);
}
