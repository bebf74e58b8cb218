/** Every stable error code the API can answer with, and the HTTP status it travels under. */
export const ERROR_CODES = {
  invalid_request: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  not_found: 404,
  version_conflict: 409,
  username_taken: 409,
  item_exists: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;
