// An editable list of program names (e.g. "obs64.exe"): add with Enter or the button, remove per entry.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function ProgramList(props: {
  label: string;
  value: string[];
  onChange: (v: string[]) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = (): void => {
    const name = text.trim();
    if (name && !props.value.some((p) => p.toLowerCase() === name.toLowerCase()))
      props.onChange([...props.value, name]);
    setText('');
  };
  return (
    <fieldset className="programs" data-testid={props.testId}>
      <legend>{props.label}</legend>
      {props.value.length === 0 ? (
        <p className="muted small">{t('schedule.noPrograms')}</p>
      ) : (
        <ul className="chips">
          {props.value.map((p) => (
            <li key={p}>
              <span translate="no">{p}</span>
              <button
                type="button"
                className="chip-x"
                aria-label={t('actions.remove', { name: p })}
                onClick={() => props.onChange(props.value.filter((x) => x !== p))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="add-row">
        <input
          id={id}
          value={text}
          aria-label={props.label}
          placeholder={t('schedule.programPlaceholder')}
          maxLength={1024}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('actions.add')}
        </button>
      </div>
    </fieldset>
  );
}
