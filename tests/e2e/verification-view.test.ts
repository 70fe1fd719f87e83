// What the verification card shows the owner, through the dashboard's own view model and strings (pure:
// the browser flow needs a built daemon): a demoted worker's lane, its window, the withheld tokens and the
// proxy's reason for the failed check; the honest label in English and Russian; no card without a home
// proxy or a standing.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { networkStateSchema, type StateSnapshot } from '../../src/api/index.js';

type Flat = Record<string, unknown>;
const load = async <T>(file: string) =>
  (await import(fileURLToPath(new URL(`../../renderer/src/${file}`, import.meta.url)))) as T;
type View = {
  show: boolean;
  rows: Array<{ lane: string; failures: number; withheld: string | null; lastFailure: string | null }>;
  unpaid: { status: string; passed: number; needed: number | null; lastFailure: string | null } | null;
};
const { verificationView } = await load<{ verificationView: (s: Pick<StateSnapshot, 'network'>) => View }>(
  'components/verification-view.ts',
);
const { enVerification } = await load<{ enVerification: Flat }>('i18n/en-verification.ts');
const { ruVerification } = await load<{ ruVerification: Flat }>('i18n/ru-verification.ts');

const REASON =
  "log-probabilities differ from the reference model's: 0.124 > 0.03 nats at 10 positions (another model or a modified one)";

function network(proxies: unknown[]): StateSnapshot['network'] {
  return {
    mode: 'devnet',
    label: 'Local demo network',
    kind: 'local',
    clientUrl: null,
    root: {
      address: null,
      status: 'ok',
      detail: '',
      readAt: null,
      version: null,
      isTest: true,
      pricePerToken: null,
      workerFeePerToken: null,
      multipliers: null,
      registeredProxies: 1,
    },
    proxies: networkStateSchema.shape.proxies.parse(proxies),
  };
}

const proxy = { address: '127.0.0.1:5000', status: 'ready', detail: '', verified: true, tier: 'home' };

describe('the verification card', () => {
  it('tells a demoted owner its lane, the withheld tokens and why the check failed', () => {
    const standing = {
      lane: 'evaluation',
      checks: 9,
      failures: 3,
      withheld: '312',
      recent: [
        { at: 60_000, ok: false, reason: REASON },
        { at: 0, ok: true, reason: 'distribution matches the reference' },
      ],
      note: null,
      promoteAfter: 3,
      demoted: true,
      receivedAt: 1,
    };
    const v = verificationView({ network: network([{ ...proxy, standing }]) });
    expect(v.show).toBe(true);
    expect(v.rows).toEqual([
      expect.objectContaining({ lane: 'evaluation', failures: 3, withheld: '312', lastFailure: REASON }),
    ]);
    expect(v.unpaid).toMatchObject({ status: 'demoted', lastFailure: REASON });
    expect(String(enVerification.demoted)).toMatch(/^Lost the paid lane/);
  });

  it('tells a new owner how far its evaluation got, and nothing about pay once it is paid', () => {
    const evaluating = {
      lane: 'evaluation',
      checks: 2,
      failures: 0,
      withheld: '0',
      recent: [],
      note: null,
      promoteAfter: 3,
      receivedAt: 1,
    };
    const v = verificationView({ network: network([{ ...proxy, standing: evaluating }]) });
    expect(v.unpaid).toMatchObject({ status: 'evaluating', passed: 2, needed: 3 });
    expect(String(enVerification.evaluating)).toBe(
      'Evaluation: {{passed}} of {{needed}} checks passed — paid requests start after your first checks.',
    );
    const paid = { ...evaluating, lane: 'paid', checks: 3 };
    expect(verificationView({ network: network([{ ...proxy, standing: paid }]) }).unpaid).toBeNull();
    // A model without a reference is not checked: its proxy's lane says nothing about pay.
    const unchecked = { ...evaluating, note: 'no reference for model acme/x' };
    expect(verificationView({ network: network([{ ...proxy, standing: unchecked }]) }).unpaid).toBeNull();
  });

  it('shows the honest label with a home proxy even before any check; nothing without one', () => {
    expect(verificationView({ network: network([proxy]) })).toEqual({ show: true, rows: [], unpaid: null });
    expect(verificationView({ network: network([{ ...proxy, tier: 'manual' }]) }).show).toBe(false);
    expect(String(enVerification.verifies)).toMatch(
      /model you serve and its output distribution, statistically/,
    );
    expect(String(enVerification.notVerified)).toMatch(/prompt confidentiality/);
    expect(String(ruVerification.notVerified)).toMatch(/конфиденциальность запросов/);
    expect(Object.keys(ruVerification).sort()).toEqual(Object.keys(enVerification).sort());
  });
});
