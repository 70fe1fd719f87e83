import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../src/api/index.js';

const names: Record<Language, string> = { auto: '', en: 'English', ru: 'Русский' };

export function LanguageSwitch({ value, onChange }: { value: Language; onChange: (l: Language) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t('settings.language')}</span>
      <select
        value={value}
        data-testid="language"
        onChange={(e) => {
          onChange(e.target.value as Language);
        }}
      >
        {languages.map((l) => (
          <option key={l} value={l}>
            {l === 'auto' ? t('settings.languageAuto') : names[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
