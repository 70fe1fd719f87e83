// The tray's view of the settings: the language ("auto" follows the OS locale) and the levels it offers.
import type { Settings } from '../src/api/index.js';
import type { TraySettings } from './tray-model.js';

export function traySettings(s: Settings, locale: string): TraySettings {
  const language = s.language === 'auto' ? (locale.toLowerCase().startsWith('ru') ? 'ru' : 'en') : s.language;
  return {
    language,
    levels: s.availability.levels.map((l) => ({ id: l.id, name: l.name, off: l.maxConcurrency === 0 })),
  };
}
