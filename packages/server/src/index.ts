// The HTTP edge: accounts, sessions and the encrypted item store. It never sees plaintext.
export { buildServer, type ServerOptions } from './app.js';
export { loadConfig, ConfigError, type ServerConfig } from './config.js';
export { DEFAULT_LIMITS, type Limits } from './context.js';
export { CSRF_HEADER, SESSION_COOKIE } from './session-hook.js';
