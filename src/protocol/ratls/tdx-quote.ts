// TDX quote structure (Intel DCAP quote v4/v5) and Cocoon's image hash (docs/protocol.md §1.2). Only the layout is
// checked here: Node has no DCAP library, so the quote's signature chain is NOT verified, and the `tdx`
// policy says so in its result.
import { createHash } from 'node:crypto';
import { CertificateError } from './cert-error.js';

/** The verifier's hard cap on a quote's size. */
export const MAX_QUOTE_BYTES = 32 * 1024;
const HEADER_BYTES = 48;
const TDX_TEE_TYPE = 0x81;
const TD10_BODY_BYTES = 584;
const TD15_BODY_BYTES = 648;

export interface TdxMeasurements {
  mrtd: Buffer;
  mrconfigid: Buffer;
  mrowner: Buffer;
  mrownerconfig: Buffer;
  rtmr: [Buffer, Buffer, Buffer, Buffer];
  reportData: Buffer;
}

function malformed(why: string): never {
  throw new CertificateError('QUOTE_MALFORMED', why);
}

function measurements(body: Buffer): TdxMeasurements {
  const at = (offset: number, size: number): Buffer => Buffer.from(body.subarray(offset, offset + size));
  return {
    mrtd: at(136, 48),
    mrconfigid: at(184, 48),
    mrowner: at(232, 48),
    mrownerconfig: at(280, 48),
    rtmr: [at(328, 48), at(376, 48), at(424, 48), at(472, 48)],
    reportData: at(520, 64),
  };
}

/** Parses a v4 or v5 TDX quote's header, TD report body and signature-data length. */
export function parseTdxQuote(quote: Buffer): TdxMeasurements {
  if (quote.length > MAX_QUOTE_BYTES) malformed(`quote of ${quote.length} bytes exceeds ${MAX_QUOTE_BYTES}`);
  if (quote.length < HEADER_BYTES + TD10_BODY_BYTES + 4)
    malformed(`quote of ${quote.length} bytes is too short`);
  const version = quote.readUInt16LE(0);
  const teeType = quote.readUInt32LE(4);
  if (teeType !== TDX_TEE_TYPE) malformed(`TEE type 0x${teeType.toString(16)} is not TDX`);
  let bodyAt = HEADER_BYTES;
  let bodySize = TD10_BODY_BYTES;
  if (version === 5) {
    const bodyType = quote.readUInt16LE(HEADER_BYTES);
    bodySize = quote.readUInt32LE(HEADER_BYTES + 2);
    bodyAt = HEADER_BYTES + 6;
    const expected = bodyType === 2 ? TD10_BODY_BYTES : bodyType === 3 ? TD15_BODY_BYTES : -1;
    if (bodySize !== expected) malformed(`v5 body type ${bodyType} with ${bodySize} bytes`);
  } else if (version !== 4) {
    malformed(`quote version ${version}`);
  }
  const sigAt = bodyAt + bodySize;
  if (sigAt + 4 > quote.length) malformed('quote ends inside its report body');
  const sigLen = quote.readUInt32LE(sigAt);
  if (sigAt + 4 + sigLen !== quote.length) malformed('signature data length does not match the quote size');
  return measurements(quote.subarray(bodyAt, sigAt));
}

/** Measurements of fake_tdx: all zero except the report data. */
export function zeroMeasurements(reportData: Buffer): TdxMeasurements {
  const z = (): Buffer => Buffer.alloc(48);
  return {
    mrtd: z(),
    mrconfigid: z(),
    mrowner: z(),
    mrownerconfig: z(),
    rtmr: [z(), z(), z(), z()],
    reportData,
  };
}

/** SHA-256(MRTD ‖ MRCONFIGID ‖ MROWNER ‖ MROWNERCONFIG ‖ RTMR0..3 ‖ 64 zero bytes) — report data zeroed. */
export function imageHashOf(m: TdxMeasurements): Buffer {
  return createHash('sha256')
    .update(Buffer.concat([m.mrtd, m.mrconfigid, m.mrowner, m.mrownerconfig, ...m.rtmr, Buffer.alloc(64)]))
    .digest();
}
