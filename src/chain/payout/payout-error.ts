// Why a claim or a sweep was not made, as a code the API, the CLI and the dashboard switch on, with the
// figures the owner needs to decide (what it would collect, what it would cost).
export type PayoutErrorCode =
  | 'nothing-pending' // nothing signed and unclaimed
  | 'node-wallet-low' // the node wallet cannot pay the attached value and the fee
  | 'claim-in-flight' // a claim is being confirmed on chain
  | 'claims-blocked' // the claim history is damaged and not rebuilt yet: adding to it would lie
  | 'fee-too-high' // the fee is more than the allowed share of the amount (the owner may insist)
  | 'no-owner' // no wallet linked: nowhere to sweep to
  | 'nothing-to-sweep' // the node wallet holds nothing received for the owner (or cannot spare it)
  | 'offer-changed'; // the confirmed sweep no longer matches a fresh quote

export interface PayoutErrorFigures {
  amountNano: bigint;
  feeNano: bigint;
  /** The allowed fee share (0..1) the claim was held to. */
  maxFeeShare?: number;
  /** What to top the node wallet up to so the claim goes (attached value + fee, and one fee to spare). */
  topUpToNano?: bigint;
}

export class PayoutError extends Error {
  readonly code: PayoutErrorCode;
  readonly figures: PayoutErrorFigures | null;
  constructor(code: PayoutErrorCode, message: string, figures: PayoutErrorFigures | null = null) {
    super(message);
    this.name = 'PayoutError';
    this.code = code;
    this.figures = figures;
  }
}
