import type {
  AuthParamsResponse,
  ChangePage,
  ChangePassphraseRequest,
  ChangePassphraseResponse,
  CreateItemRequest,
  Health,
  Item,
  ItemPage,
  LoginRequest,
  RecoveryKeyResponse,
  RecoveryResetRequest,
  ResumeResponse,
  RotateRecoveryRequest,
  SessionResponse,
  SessionsResponse,
  SignupRequest,
} from '@amends/wire';
import { Http, type HttpOptions } from './http.js';

/** Every endpoint of the Amends API, typed; the vault builds on it. */
export class ApiClient {
  readonly http: Http;
  constructor(options: HttpOptions = {}) {
    this.http = new Http(options);
  }

  health = () => this.http.request<Health>('GET', '/healthz');
  authParams = (username: string) =>
    this.http.request<AuthParamsResponse>('POST', '/api/auth/params', { username });
  signup = (body: SignupRequest) => this.http.request<SessionResponse>('POST', '/api/auth/signup', body);
  login = (body: LoginRequest) => this.http.request<SessionResponse>('POST', '/api/auth/login', body);
  session = () => this.http.request<SessionResponse>('GET', '/api/auth/session');
  /** This device's session, or null when it has none (a 200 either way, so no error is logged). */
  async resume(): Promise<SessionResponse | null> {
    const { current } = await this.http.request<ResumeResponse>('GET', '/api/auth/resume');
    if (current === null) this.http.forgetSession();
    else this.http.setCsrf(current.csrfToken);
    return current;
  }
  async logout(): Promise<void> {
    await this.http.request<undefined>('POST', '/api/auth/logout');
    this.http.forgetSession();
  }
  recoveryKey = (username: string, recoveryVerifier: string) =>
    this.http.request<RecoveryKeyResponse>('POST', '/api/auth/recovery/key', { username, recoveryVerifier });
  recoveryReset = (body: RecoveryResetRequest) =>
    this.http.request<SessionResponse>('POST', '/api/auth/recovery/reset', body);

  sessions = () => this.http.request<SessionsResponse>('GET', '/api/sessions');
  endSession = (id: string) =>
    this.http.request<undefined>('DELETE', `/api/sessions/${encodeURIComponent(id)}`);
  changePassphrase = (body: ChangePassphraseRequest) =>
    this.http.request<ChangePassphraseResponse>('POST', '/api/account/passphrase', body);
  rotateRecovery = (body: RotateRecoveryRequest) =>
    this.http.request<undefined>('PUT', '/api/account/recovery', body);
  async deleteAccount(verifier: string): Promise<void> {
    await this.http.request<undefined>('DELETE', '/api/account', { verifier });
    this.http.forgetSession();
  }

  listItems(query: { type?: string; limit?: number; cursor?: string } = {}) {
    const params = new URLSearchParams();
    if (query.type) params.set('type', query.type);
    if (query.limit) params.set('limit', String(query.limit));
    if (query.cursor) params.set('cursor', query.cursor);
    const suffix = params.size ? `?${params}` : '';
    return this.http.request<ItemPage>('GET', `/api/items${suffix}`);
  }
  getItem = (id: string) => this.http.request<Item>('GET', `/api/items/${id}`);
  createItem = (body: CreateItemRequest) => this.http.request<Item>('POST', '/api/items', body);
  updateItem = (id: string, version: number, ciphertext: string) =>
    this.http.request<Item>('PUT', `/api/items/${id}`, { version, ciphertext });
  deleteItem = (id: string, version: number) =>
    this.http.request<undefined>('DELETE', `/api/items/${id}?version=${version}`);
  changes = (since: number, limit = 200) =>
    this.http.request<ChangePage>('GET', `/api/changes?since=${since}&limit=${limit}`);
}
