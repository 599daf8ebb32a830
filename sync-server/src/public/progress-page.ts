/**
 * The server-rendered Chinese HTML of 办事进度查询: a form (no script: the CSP forbids inline scripts) and
 * the answer. Every value is HTML-escaped.
 */
import { DEADLINE_PENDING_ZH, type PublicProgress } from './progress-lookup';

const STYLE =
  'body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.6}' +
  'dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{color:#555}dd{margin:0}' +
  'input{font-size:1.2rem;width:6em;letter-spacing:.2em}button{font-size:1.1rem;padding:.3rem 1rem}' +
  '.notice{color:#a40000}';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="robots" content="noindex">' +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`
  );
}

/** The form asking for the last four characters; `notice` is shown above it (e.g. not found). */
export function progressFormPage(receiptNo: string, notice?: string): string {
  const action = `/progress/${encodeURIComponent(receiptNo)}`;
  return page(
    '办事进度查询',
    '<h1>办事进度查询</h1>' +
      `<p>收件凭证编号：<strong>${escapeHtml(receiptNo)}</strong></p>` +
      (notice === undefined ? '' : `<p class="notice" role="alert">${escapeHtml(notice)}</p>`) +
      `<form method="post" action="${escapeHtml(action)}">` +
      '<label for="last4">申请人身份证号后四位</label> ' +
      '<input id="last4" name="last4" inputmode="text" maxlength="4" minlength="4" required autocomplete="off"> ' +
      '<button type="submit">查询</button></form>',
  );
}

export function progressResultPage(receiptNo: string, progress: PublicProgress): string {
  return page(
    '办事进度查询',
    '<h1>办事进度查询</h1>' +
      `<p>收件凭证编号：<strong>${escapeHtml(receiptNo)}</strong></p><dl>` +
      `<dt>事项名称</dt><dd>${escapeHtml(progress.itemName)}</dd>` +
      `<dt>当前状态</dt><dd>${escapeHtml(progress.statusName)}</dd>` +
      `<dt>承诺办结日期</dt><dd>${escapeHtml(progress.deadline ?? DEADLINE_PENDING_ZH)}</dd>` +
      `<dt>最近更新</dt><dd>${escapeHtml(progress.updatedOn)}</dd></dl>`,
  );
}

export function progressTooManyPage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return page(
    '查询过于频繁',
    `<h1>查询过于频繁</h1><p class="notice">查询次数过多，请 ${minutes} 分钟后再试。</p>`,
  );
}
