// Table shapes. Times are ISO-8601 UTC strings in both databases so they compare the same way.

export interface AccountsTable {
  id: string;
  /** Lowercased; the unique login name. */
  username: string;
  salt: string;
  kdf: string;
  /** The server's own Argon2id hash of the client's login verifier. */
  verifier_hash: string;
  wrapped_items_key: string;
  recovery_wrapped_items_key: string;
  recovery_verifier_hash: string;
  /** Last change sequence handed out to this account's items; bumped in the write's transaction. */
  change_seq: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  account_id: string;
  /** SHA-256 of the cookie token: a database leak does not hand out sessions. */
  token_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string;
}

export interface ItemsTable {
  account_id: string;
  id: string;
  type: string;
  version: number;
  seq: number;
  created_at: string;
  updated_at: string;
  /** 1 for a tombstone kept so other devices learn of the deletion when they sync. */
  deleted: number;
  ciphertext: string | null;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  items: ItemsTable;
  rate_limits: RateLimitsTable;
  meta: MetaTable;
}
