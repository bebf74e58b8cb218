import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorCode } from '@amends/wire';
import { AppError } from './errors.js';

const FRAMEWORK_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Send the request body as application/json.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: 'The request body is empty; send JSON.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
};

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_request',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Maps every error to `{ error: { code, message } }`: never a stack trace, never a bare 500 page. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      void reply.status(error.status).headers(error.headers).send(body(error.code, error.message));
      return;
    }
    if (error.validation) {
      const where = error.validationContext ?? 'request';
      void reply.status(400).send(body('invalid_request', `Invalid ${where}: ${error.message}`));
      return;
    }
    const known = FRAMEWORK_CODES[error.code];
    if (known) {
      void reply.status(error.statusCode ?? 400).send(body(known.code, known.message));
      return;
    }
    if (error instanceof SyntaxError || error.statusCode === 400) {
      void reply.status(400).send(body('invalid_json', 'The request body is not valid JSON.'));
      return;
    }
    const status = error.statusCode ?? 500;
    const code = STATUS_CODES[status];
    if (status < 500 && code) {
      void reply.status(status).send(body(code, 'The request could not be handled.'));
      return;
    }
    request.log.error({ err: { type: error.name, code: error.code } }, 'unhandled error');
    void reply.status(500).send(body('internal', 'Something went wrong on our side. Nothing was changed.'));
  });
}

export function body(code: ErrorCode, message: string) {
  return { error: { code, message } };
}
