import { ApiError } from './api-error.js';

export interface HttpOptions {
  /** Origin of the server, e.g. http://127.0.0.1:4747; empty for the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /**
   * Keep the session cookie ourselves. Browsers keep it (HttpOnly, out of reach of scripts);
   * Node's fetch keeps nothing, so the CLI turns this on.
   */
  cookieJar?: boolean;
  /**
   * Called when a request made with a session is refused because the session is gone (ended on
   * another device, expired, or the passphrase changed elsewhere), so the app can sign this device
   * out instead of failing screen by screen.
   */
  onSessionEnded?: () => void;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A thin JSON-over-HTTP layer that carries the session cookie and the CSRF token. */
export class Http {
  private readonly baseUrl: string;
  private readonly fetchFn: typeof fetch;
  private readonly jar: boolean;
  private readonly onSessionEnded: (() => void) | undefined;
  private cookie = '';
  private csrf = '';

  constructor(options: HttpOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.jar = options.cookieJar ?? false;
    this.onSessionEnded = options.onSessionEnded;
  }

  /** The CSRF token the server gave with the session; sent on every change. */
  setCsrf(token: string): void {
    this.csrf = token;
  }

  forgetSession(): void {
    this.cookie = '';
    this.csrf = '';
  }

  async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrf) headers['x-amends-csrf'] = this.csrf;
    if (this.jar && this.cookie) headers.cookie = this.cookie;
    let response: Response;
    try {
      response = await this.fetchFn(`${this.baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(0, 'unreachable', 'Amends could not reach its server. Is it running?');
    }
    if (this.jar) this.keepCookie(response);
    const text = await response.text();
    const parsed: unknown = text ? safeJson(text) : undefined;
    if (!response.ok) {
      const error = toApiError(response, parsed);
      // Only a request that carried a session can learn the session ended; a sign-in check or a
      // wrong passphrase before there is one is not that.
      if (error.code === 'unauthenticated' && this.csrf !== '') {
        this.forgetSession();
        this.onSessionEnded?.();
      }
      throw error;
    }
    if (
      parsed &&
      typeof parsed === 'object' &&
      'csrfToken' in parsed &&
      typeof parsed.csrfToken === 'string'
    ) {
      this.csrf = parsed.csrfToken;
    }
    return parsed as T;
  }

  private keepCookie(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const match = /^amends_session=([^;]*)/.exec(line);
      if (match) this.cookie = match[1] ? `amends_session=${match[1]}` : '';
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, body: unknown): ApiError {
  const error =
    body && typeof body === 'object' && 'error' in body && body.error && typeof body.error === 'object'
      ? (body.error as { code?: unknown; message?: unknown })
      : {};
  const retry = Number(response.headers.get('retry-after'));
  return new ApiError(
    response.status,
    typeof error.code === 'string' ? error.code : 'http_error',
    typeof error.message === 'string' ? error.message : `The server answered ${response.status}.`,
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}
