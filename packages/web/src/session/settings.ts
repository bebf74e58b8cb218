// The user's preferences, kept as one encrypted 'settings' item in the vault — never in
// localStorage, where anyone at this computer could read or change them.
import { ApiError, type DecryptedItem, type Vault } from '@amends/client';

export const SETTINGS_TYPE = 'settings';
export const AUTO_LOCK_CHOICES = [1, 5, 15, 30, 60] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

export interface Settings {
  autoLockMinutes: number;
  /**
   * A recovery key was shown and "I have saved it" was never confirmed (the browser closed on that
   * screen, say). Home keeps asking until a key is confirmed, since without one a forgotten
   * passphrase loses everything.
   */
  recoveryKeyUnconfirmed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
  recoveryKeyUnconfirmed: false,
};

/** Reads a stored value defensively: anything unexpected falls back to the default. */
export function parseSettings(value: unknown): Settings {
  const minutes =
    value && typeof value === 'object' && 'autoLockMinutes' in value ? value.autoLockMinutes : undefined;
  const unconfirmed =
    value && typeof value === 'object' && 'recoveryKeyUnconfirmed' in value
      ? value.recoveryKeyUnconfirmed === true
      : false;
  return {
    autoLockMinutes: (AUTO_LOCK_CHOICES as readonly unknown[]).includes(minutes)
      ? (minutes as number)
      : DEFAULT_AUTO_LOCK_MINUTES,
    recoveryKeyUnconfirmed: unconfirmed,
  };
}

/**
 * Notes, before a new account's recovery key is shown, that it has not been confirmed as saved.
 * Best effort: if it cannot be written, the key screen still shows and asks.
 */
export async function noteRecoveryKeyShown(vault: Vault): Promise<void> {
  try {
    const store = new SettingsStore(vault);
    const current = await store.load();
    await store.save({ ...current, recoveryKeyUnconfirmed: true });
  } catch {
    // The reminder is a safety net, not a step the sign-up can fail on.
  }
}

/** Loads and saves the settings item, remembering its version for the next write. */
export class SettingsStore {
  private item: DecryptedItem<unknown> | null = null;

  constructor(private readonly vault: Vault) {}

  async load(): Promise<Settings> {
    const items = await this.vault.list<unknown>(SETTINGS_TYPE);
    this.item = items[0] ?? null;
    return parseSettings(this.item?.value);
  }

  /** Saves; when another device wrote first, reloads and writes once more on top of it. */
  async save(settings: Settings): Promise<Settings> {
    try {
      await this.write(settings);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
      await this.load();
      await this.write(settings);
    }
    return settings;
  }

  private async write(settings: Settings): Promise<void> {
    this.item = this.item
      ? await this.vault.update<unknown>(this.item, settings)
      : await this.vault.create<unknown>(SETTINGS_TYPE, settings);
  }
}
