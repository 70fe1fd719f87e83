// An inline question with a confirm and a keep button: nothing that costs gigabytes or deletes a file
// happens on one stray click.
import { useTranslation } from 'react-i18next';

export function ConfirmBox(props: {
  question: string;
  confirm: string;
  onConfirm: () => void;
  onKeep: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="confirm" role="group" aria-label={props.question} data-testid={props.testId}>
      <p>{props.question}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={props.onConfirm}
          data-testid={`${props.testId}-yes`}
        >
          {props.confirm}
        </button>
        <button type="button" onClick={props.onKeep} data-testid={`${props.testId}-no`}>
          {t('models.keep')}
        </button>
      </div>
    </div>
  );
}
