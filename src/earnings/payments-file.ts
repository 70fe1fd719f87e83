// payments.json on disk: `{ version: 1, payments: [...] }`, amounts as decimal strings, the signed BOC in
// base64. Version 0 was a bare array of the same rows.
import { z } from 'zod';
import type { StateFileSpec } from '../state-files/state-file.js';

const decimal = z.string().regex(/^\d+$/);

export const storedPaymentSchema = z.object({
  proxySc: z.string(),
  workerSc: z.string(),
  proxyPublicKey: z.string().regex(/^[0-9a-f]{64}$/),
  tokens: decimal,
  boc: z.base64(),
  dbTokens: decimal,
  maxTokens: decimal,
  updatedAt: z.number(),
  /** The owner the worker announced when it was signed (raw); absent in files written before it was kept. */
  owner: z.string().optional(),
});
export type StoredPayment = z.infer<typeof storedPaymentSchema>;

const paymentsFileSchema = z.object({ version: z.literal(1), payments: z.array(storedPaymentSchema) });

export const paymentsFileSpec: StateFileSpec<z.infer<typeof paymentsFileSchema>> = {
  version: 1,
  schema: paymentsFileSchema,
  migrate: (doc) => ({ version: 1, payments: doc }),
};
