// The API's request and response shapes: validated by the server, typed for the client.
export * from './common.js';
export * from './auth.js';
export * from './items.js';
export * from './health.js';
export { ERROR_CODES, type ErrorCode } from './error-codes.js';
