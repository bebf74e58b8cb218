import { createContext, useContext } from 'react';
import type { Settings } from '../session/settings';

export interface SettingsActions {
  settings: Settings;
  save(settings: Settings): Promise<void>;
}

export const SettingsContext = createContext<SettingsActions | null>(null);

export function useSettings(): SettingsActions {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsContext');
  return value;
}
