// i18next set up with English and Russian. "auto" follows the OS language (navigator.language, which
// Electron and browsers take from the system); the owner can switch in Settings.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../src/api/index.js';
import { en } from './en.js';
import { ru } from './ru.js';
import { REASONS_NS, enReasons, ruReasons } from './reasons.js';

export function systemLanguage(): 'en' | 'ru' {
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function resolveLanguage(setting: Language): 'en' | 'ru' {
  return setting === 'auto' ? systemLanguage() : setting;
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {
      en: { translation: en, [REASONS_NS]: enReasons },
      ru: { translation: ru, [REASONS_NS]: ruReasons },
    },
    lng: systemLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function applyLanguage(setting: Language): Promise<void> {
  const lng = resolveLanguage(setting);
  document.documentElement.lang = lng;
  if (i18next.language !== lng) await i18next.changeLanguage(lng);
}
