/**
 * Text the server refuses before any route sees it, so that bad input is answered with a 400 instead of being
 * stored altered or breaking a later step:
 * - a URL carrying a NUL character (%00): PostgreSQL refuses NUL in text, so a path or query value with one
 *   was a 500 there (admin ids, audit filters);
 * - a JSON body (this replaces Fastify's parser) whose bytes are not valid UTF-8 (the default parser would
 *   turn them into U+FFFD and store that), nested deeper than MAX_JSON_DEPTH (a deeply nested document
 *   overflowed the stack when it was serialised for the store: a 500), or with a NUL or an unpaired
 *   surrogate in a string or key (PostgreSQL's JSONB refuses both; SQLite would not give them back intact).
 * `__proto__` and `constructor.prototype` keys stay refused by Fastify's own parser, called last.
 */
import type { FastifyInstance } from 'fastify';
import { ApiHttpError } from './api-error';

/** Deepest nesting of objects and arrays a body may have (wire documents need fewer than ten levels). */
export const MAX_JSON_DEPTH = 32;

export type JsonTextProblem = 'too_deep' | 'bad_character';

const BACKSLASH = 0x5c;
const QUOTE = 0x22;

const hexAt = (text: string, index: number) =>
  /^[0-9a-fA-F]{4}$/.test(text.slice(index, index + 4))
    ? Number.parseInt(text.slice(index, index + 4), 16)
    : -1;
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * What makes a JSON text unacceptable before it is parsed, or null. One pass over the text: the nesting depth
 * outside strings, and the `\u` escapes inside them. The syntax itself is left to JSON.parse.
 */
export function jsonTextProblem(text: string, maxDepth = MAX_JSON_DEPTH): JsonTextProblem | null {
  let depth = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isInString) {
      if (code === QUOTE) isInString = true;
      else if (code === 0x7b || code === 0x5b) {
        depth += 1;
        if (depth > maxDepth) return 'too_deep';
      } else if (code === 0x7d || code === 0x5d) depth -= 1;
      continue;
    }
    if (code === QUOTE) isInString = false;
    else if (code === 0 || isLow(code)) return 'bad_character';
    else if (isHigh(code)) {
      if (!isLow(text.charCodeAt(index + 1))) return 'bad_character';
      index += 1;
    } else if (code === BACKSLASH) {
      if (text.charCodeAt(index + 1) !== 0x75 /* u */) {
        index += 1; // \" \\ \n …: skip the escaped character
        continue;
      }
      const unit = hexAt(text, index + 2);
      if (unit === 0 || isLow(unit)) return 'bad_character';
      if (isHigh(unit)) {
        const isPaired = text.charCodeAt(index + 6) === BACKSLASH && text.charCodeAt(index + 7) === 0x75;
        if (!isPaired || !isLow(hexAt(text, index + 8))) return 'bad_character';
        index += 6;
      }
      index += 5;
    }
  }
  return null;
}

const MESSAGES: Record<JsonTextProblem | 'encoding', string> = {
  encoding: '请求内容不是有效的 UTF-8 编码',
  too_deep: `请求内容嵌套层级过多（最多 ${String(MAX_JSON_DEPTH)} 层）`,
  bad_character: '请求内容含有不允许的字符（空字符或不成对的代理字符）',
};

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const hasNul = (url: string) => url.includes('\u0000') || /%00/i.test(url);

/**
 * Installs the URL check and replaces the application/json parser of `app` (call before any route or plugin
 * is registered, so that every scope inherits the parser).
 */
export function installStrictRequestText(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (hasNul(request.url))
      throw new ApiHttpError(400, 'validation_failed', '请求地址含有不允许的字符（空字符）');
  });
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      done(new ApiHttpError(400, 'malformed_json', MESSAGES.encoding), undefined);
      return;
    }
    const problem = jsonTextProblem(text);
    if (problem !== null) {
      done(new ApiHttpError(400, 'malformed_json', MESSAGES[problem]), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
