// Copies a text to the clipboard and says so for a moment (also to screen readers).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    navigator.clipboard
      .writeText(text)
      .then(() => {
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      })
      .catch(() => setCopied(false));
  };
  return (
    <button type="button" className="small-button" onClick={copy} aria-label={label} aria-live="polite">
      {copied ? t('actions.copied') : t('actions.copy')}
    </button>
  );
}
