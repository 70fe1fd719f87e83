// claims.json on disk: `{ version: 1, claims: [...] }`, amounts as decimal strings. Version 0 was a bare
// array; its oldest rows lack kind/recipient/receivedNano and read as unverified claims.
import { z } from 'zod';
import type { StateFileSpec } from '../../state-files/state-file.js';
import type { ClaimRecord } from './claim-store.js';

const decimal = z.string().regex(/^-?\d+$/);

const storedClaimSchema = z.object({
  id: z.string(),
  kind: z.enum(['claim', 'sweep']),
  at: z.number(),
  proxySc: z.string(),
  workerSc: z.string(),
  qid: decimal,
  tokensFrom: decimal,
  tokensTo: decimal,
  amountNano: decimal,
  recipient: z.string().nullable(),
  recipientKind: z.enum(['owner', 'node-wallet']).nullable(),
  receivedNano: decimal,
  feesNano: decimal,
  status: z.enum(['paid', 'refused', 'failed']),
  txHash: z.string(),
  workerTxHash: z.string().nullable(),
  detail: z.string(),
});
type StoredClaim = z.infer<typeof storedClaimSchema>;

const claimsFileSchema = z.object({ version: z.literal(1), claims: z.array(storedClaimSchema) });
export type ClaimsFile = z.infer<typeof claimsFileSchema>;

/** Defaults for version-0 rows written before kind/recipient/receivedNano existed. */
const LEGACY = { kind: 'claim', recipient: null, recipientKind: null, receivedNano: '0' } as const;

export const claimsFileSpec: StateFileSpec<ClaimsFile> = {
  version: 1,
  schema: claimsFileSchema,
  migrate: (doc) => {
    if (!Array.isArray(doc)) throw new Error('not a list of claims');
    return {
      version: 1,
      claims: doc.map((r: unknown) => ({ ...LEGACY, ...(typeof r === 'object' ? r : {}) })),
    };
  },
};

export function claimFromStored(s: StoredClaim): ClaimRecord {
  return {
    ...s,
    qid: BigInt(s.qid),
    tokensFrom: BigInt(s.tokensFrom),
    tokensTo: BigInt(s.tokensTo),
    amountNano: BigInt(s.amountNano),
    receivedNano: BigInt(s.receivedNano),
    feesNano: BigInt(s.feesNano),
  };
}

export function claimToStored(r: ClaimRecord): StoredClaim {
  return {
    ...r,
    qid: r.qid.toString(),
    tokensFrom: r.tokensFrom.toString(),
    tokensTo: r.tokensTo.toString(),
    amountNano: r.amountNano.toString(),
    receivedNano: r.receivedNano.toString(),
    feesNano: r.feesNano.toString(),
  };
}
