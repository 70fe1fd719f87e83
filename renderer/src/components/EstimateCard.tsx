// What this computer can earn, from the owner's own benchmark: gross, electricity and net per day and
// month, with the inputs and assumptions shown next to the numbers.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/client.js';
import { tonText } from '../format.js';
import { useEstimate } from '../hooks/useEstimate.js';
import { EstimateForm, emptyFields, estimateRequest } from './EstimateForm.js';
import { EstimateInputs } from './EstimateInputs.js';

export function EstimateCard({ client, resultAt }: { client: ApiClient; resultAt: number | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [fields, setFields] = useState(emptyFields);
  const { estimate: e, error } = useEstimate(client, estimateRequest(fields), resultAt);
  const ton = (nano: string | null): string =>
    nano === null ? '—' : `${tonText(nano, lang, 4)} ${t('units.ton')}`;
  const money = (v: number | null, currency: string): string =>
    v === null ? '—' : `${v.toLocaleString(lang, { maximumFractionDigits: 2 })} ${currency}`;
  return (
    <section className="card span-all" aria-labelledby="estimate-title" data-testid="estimate">
      <h2 id="estimate-title">{t('bench.estimate')}</h2>
      <div className="estimate">
        {resultAt === null ? (
          <p className="empty">{t('bench.estimateNeedsBench')}</p>
        ) : (
          <EstimateForm value={fields} onChange={setFields} defaults={e?.inputs ?? null} />
        )}
        <div className="estimate-out">
          {error && resultAt !== null && (
            <p className="note error" role="alert">
              {error}
            </p>
          )}
          {e && resultAt !== null && (
            <>
              <table data-testid="estimate-table">
                <thead>
                  <tr>
                    <td />
                    <th scope="col" className="num">
                      {t('bench.perDay')}
                    </th>
                    <th scope="col" className="num">
                      {t('bench.perMonth')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t('bench.gross')}</th>
                    <td className="num" data-testid="estimate-gross-day">
                      {ton(e.grossNanoPerDay)}
                    </td>
                    <td className="num">{ton(e.grossNanoPerMonth)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t('bench.electricity')}</th>
                    <td className="num" translate="no">
                      {money(e.electricityPerDay, e.inputs.currency)}
                    </td>
                    <td className="num" translate="no">
                      {money(e.electricityPerMonth, e.inputs.currency)}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t('bench.net')}</th>
                    <td className="num" data-testid="estimate-net-day">
                      {ton(e.netNanoPerDay)}
                    </td>
                    <td className="num">{ton(e.netNanoPerMonth)}</td>
                  </tr>
                </tbody>
              </table>
              {e.netNanoPerDay === null && (
                <p className="muted small" data-testid="estimate-net-hint">
                  {t('bench.netNeedsPrice')}
                </p>
              )}
              <p className="muted small">
                {t('bench.requestsPerDay')}: {Math.round(e.requestsPerDay).toLocaleString(lang)}
              </p>
              <EstimateInputs inputs={e.inputs} />
              <h3 className="small">{t('bench.assumptions')}</h3>
              <ul className="small muted" translate="no">
                {e.assumptions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
