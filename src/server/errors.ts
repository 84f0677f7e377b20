import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '../domain/index.ts';

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  'invalid-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  // a legal but unusual value: answered like a conflict, stored once the request says confirm
  unconfirmed: 409,
  'in-use': 409,
  unsupported: 415,
};

/** A refusal the server makes itself (size, method not built yet) with a code beyond AppError's. */
export class ServerError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(status, { message });
  }
}

export const tooLarge = (limit: number) =>
  new ServerError(413, 'too-large', `请求内容过大：上限 ${Math.round(limit / 1024 / 1024)} MB；请拆分文件或压缩后再上传`, { limit });

export const notImplemented = (what: string) =>
  new ServerError(501, 'not-implemented', `此功能（${what}）尚未实现`, { feature: what });

interface ZodIssueLike {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/** A request that failed its schema: 400 naming the first field, all issues in details. */
export function invalidRequest(issues: readonly ZodIssueLike[]): AppError {
  const fields = issues.map((i) => ({ field: i.path.map(String).join('.') || '(请求体)', message: i.message }));
  const first = fields[0];
  return new AppError('invalid-input', `字段 ${first?.field ?? '(请求体)'} 无效：${first?.message ?? '格式不符'}`, {
    details: { field: first?.field ?? null, issues: fields },
  });
}

/** The one place that turns errors into responses; bugs get a generic 500 without a stack. */
export function handleError(error: Error, c: Context) {
  if (error instanceof AppError) return c.json({ error: error.code, message: error.message, details: error.details ?? null }, statusOf[error.code]);
  if (error instanceof ServerError) return c.json({ error: error.code, message: error.message, details: error.details }, error.status);
  if (error instanceof HTTPException && error.status === 415) {
    return c.json({ error: 'unsupported', message: `不支持的请求类型 ${c.req.header('content-type') ?? '（无）'}：JSON 接口请用 application/json，上传规划请用 multipart/form-data`, details: null }, 415);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return c.json({ error: status === 400 ? 'invalid-input' : 'http', message: error.message || '请求无效', details: null }, status);
  }
  if (isDataException(error)) {
    return c.json({ error: 'invalid-input', message: `请求中的值无法处理（${error.message}）：请检查编号是否过大、文字是否含控制字符`, details: null }, 400);
  }
  console.error(`[plantrack] 内部错误 ${c.req.method} ${c.req.path}:`, error);
  return c.json({ error: 'internal', message: '服务器内部错误，请稍后重试或联系管理员', details: null }, 500);
}

/**
 * SQLSTATE class 22 (a number out of range, bytes that are not text) comes from a value the request
 * carried: the request is wrong, not the server.
 */
const isDataException = (error: Error): boolean => /^22[0-9A-Z]{3}$/.test(String((error as { code?: unknown }).code ?? ''));
