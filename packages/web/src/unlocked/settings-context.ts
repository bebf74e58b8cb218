import { createContext, useContext } from 'react';
import type { Settings } from '../session/settings';

export interface SettingsActions {
  settings: Settings;
  /** False until the stored settings were read; until then the defaults apply. */
  loaded: boolean;
  /**
   * Changes some fields of the newest settings (in effect at once), then saves them; when the save
   * fails the change is undone and the promise rejects.
   */
  update(change: Partial<Settings>): Promise<void>;
}

export const SettingsContext = createContext<SettingsActions | null>(null);

export function useSettings(): SettingsActions {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsContext');
  return value;
}
