// Earnings per hour or per day as bars (recharts), with a text summary for screen readers.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EarningsView } from '../../../src/api/index.js';
import { tonText } from '../format.js';

export function EarningsChart({ view, bucket }: { view: EarningsView; bucket: 'hour' | 'day' }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = (start: number): string =>
    bucket === 'hour'
      ? new Date(start).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' })
      : new Date(start).toLocaleDateString(lang, { month: 'short', day: 'numeric' });
  // Charts need numbers; display precision (micro-TON) is far below a double's.
  const data = view.buckets.map((b) => ({
    label: label(b.start),
    ton: Number(b.earnedNano) / 1e9,
    requests: b.requests,
  }));
  const total = view.buckets.reduce((n, b) => n + BigInt(b.earnedNano), 0n);
  const requests = view.buckets.reduce((n, b) => n + b.requests, 0);
  return (
    <figure className="chart" data-testid="earnings-chart">
      <figcaption className="muted">
        {t('earnings.chartSummary', { amount: tonText(total.toString(), lang, 6), requests })}
      </figcaption>
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fill: 'var(--muted)', fontSize: 11 }}
              interval="preserveStartEnd"
              minTickGap={16}
            />
            <YAxis
              tick={{ fill: 'var(--muted)', fontSize: 11 }}
              width={64}
              tickFormatter={(v: number) => v.toLocaleString(lang, { maximumSignificantDigits: 3 })}
            />
            <Tooltip
              contentStyle={{
                background: 'var(--card)',
                border: '1px solid var(--border)',
                color: 'var(--text)',
              }}
              formatter={(v) => [
                `${Number(v).toLocaleString(lang, { maximumFractionDigits: 6 })} ${t('units.ton')}`,
                t('earnings.earned'),
              ]}
            />
            <Bar dataKey="ton" fill="var(--accent)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
