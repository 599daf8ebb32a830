/** Parses a request part with a zod schema; a violation is a 400 validation_failed with Chinese issues. */
import { z } from 'zod';
import { ApiHttpError } from './api-error';

const zhCN = z.locales.zhCN();

export interface ValidationIssue {
  path: string;
  message: string;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  // An absent body counts as {}; a JSON `null` is a body of the wrong type, refused like any other.
  const result = schema.safeParse(value === undefined ? {} : value, { error: zhCN.localeError });
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first
    ? `提交的内容不符合要求：${first.path ? `${first.path} ` : ''}${first.message}`
    : undefined;
  throw new ApiHttpError(400, 'validation_failed', message, { issues });
}
