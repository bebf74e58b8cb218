// The client library the web app and the CLI share: typed API, and the vault that encrypts.
export { ApiClient } from './api.js';
export { Http, type HttpOptions } from './http.js';
export { ApiError, LockedError, WrongPassphraseError } from './api-error.js';
export {
  Vault,
  PassphraseRejectedError,
  type DecryptedItem,
  type DeriveKeys,
  type VaultOptions,
} from './vault.js';
export {
  checkPassphrase,
  MIN_PASSPHRASE,
  MAX_PASSPHRASE,
  type PassphraseCheck,
} from './passphrase-policy.js';
export { loadProgramItems, loadProgramInput } from './program-store.js';
