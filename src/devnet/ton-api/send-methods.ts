// toncenter v2 calls that take a message: sendBoc / sendBocReturnHash execute an external message on the
// emulated chain (persisted like every SandboxChain change); estimateFee runs it on a copy of the state and
// reports the sender's own fees as toncenter's `query.fees.source_fees`.
import {
  beginCell,
  type Cell,
  external,
  loadMessage,
  type Message,
  storeMessage,
  type Transaction,
} from '@ton/core';
import { EmulationError } from '@ton/sandbox';
import { errorMessage } from '../../logging/logger.js';
import { type Params, readAddress, readBoc, readBool, readOptionalBoc, RpcError } from './params.js';
import type { Method, MethodContext } from './read-methods.js';

function readExternal(p: Params): Message {
  const cell = readBoc(p, 'boc');
  let msg: Message;
  try {
    msg = loadMessage(cell.beginParse());
  } catch (err) {
    throw new RpcError(422, `boc is not a TON message (${errorMessage(err)})`);
  }
  if (msg.info.type !== 'external-in')
    throw new RpcError(422, `only inbound external messages can be sent, not ${msg.info.type}`);
  return msg;
}

/** The emulator's refusal, in toncenter's words, without the VM log that follows it. */
function refused(err: unknown): never {
  if (err instanceof EmulationError || (err instanceof Error && /emulat|not accepted/i.test(err.message))) {
    const first = errorMessage(err).split('\n')[0] ?? '';
    throw new RpcError(500, `cannot apply external message to current state: ${first}`);
  }
  throw err;
}

async function send(p: Params, ctx: MethodContext): Promise<Message> {
  const msg = readExternal(p);
  await ctx.serial(() => ctx.chain.sendMessage(msg)).catch(refused);
  return msg;
}

const cellOf = (msg: Message, forceRef = false): Cell =>
  beginCell().store(storeMessage(msg, { forceRef })).endCell();

/** TEP-467's normalized hash: no source, no import fee, no init, the body in a reference. */
function normalizedHash(msg: Message): Buffer {
  if (msg.info.type !== 'external-in') throw new Error('not an inbound external message');
  return cellOf(external({ to: msg.info.dest, body: msg.body }), true).hash();
}

/** Fees the message's target pays in its own transaction, as tonlib's `fees` object. */
function sourceFees(tx: Transaction): Record<string, unknown> {
  const d = tx.description;
  if (d.type !== 'generic') throw new RpcError(500, `unexpected ${d.type} transaction`);
  const storage = d.storagePhase?.storageFeesCollected ?? 0n;
  const gas = d.computePhase.type === 'vm' ? d.computePhase.gasFees : 0n;
  const actionFees = d.actionPhase?.totalActionFees ?? 0n;
  const fwd = d.actionPhase?.totalFwdFees ?? 0n;
  // the rest of the transaction's total is the import fee of the inbound external message
  const inFwd = tx.totalFees.coins - storage - gas - actionFees;
  return {
    '@type': 'fees',
    in_fwd_fee: Number(inFwd),
    storage_fee: Number(storage),
    gas_fee: Number(gas),
    fwd_fee: Number(fwd),
  };
}

async function estimateFee(p: Params, ctx: MethodContext): Promise<unknown> {
  const to = readAddress(p);
  const body = readBoc(p, 'body');
  const code = readOptionalBoc(p, 'init_code');
  const data = readOptionalBoc(p, 'init_data');
  const ignoreChksig = readBool(p, 'ignore_chksig', true);
  const init = code || data ? { code, data } : undefined;
  const msg = external({ to, body, init });
  const txs = await ctx.serial(() => ctx.chain.emulateMessage(msg, { ignoreChksig })).catch(refused);
  const own = txs[0];
  if (!own) throw new RpcError(500, 'the emulator produced no transaction for the message');
  return { '@type': 'query.fees', source_fees: sourceFees(own), destination_fees: [] };
}

export const sendMethods: Record<string, Method> = {
  sendBoc: async (p, ctx) => {
    await send(p, ctx);
    return { '@type': 'ok' };
  },
  sendBocReturnHash: async (p, ctx) => {
    const msg = await send(p, ctx);
    return {
      '@type': 'raw.extMessageInfo',
      hash: cellOf(msg).hash().toString('base64'),
      hash_norm: normalizedHash(msg).toString('base64'),
    };
  },
  estimateFee,
};
