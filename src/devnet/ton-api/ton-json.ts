// toncenter v2's JSON renderings of accounts, blocks, transactions and messages, built from the emulator.
// The emulator has no blocks: the "masterchain seqno" is the chain's logical time in steps of the
// emulator's lt alignment (it grows with every transaction and survives a restart with the snapshot), and
// block hashes are derived from it, so they identify a point in the devnet's history, not a real block.
import { createHash } from 'node:crypto';
import { type Address, beginCell, type Message, storeStateInit, type Transaction } from '@ton/core';
import type { SandboxChain } from '../chain/sandbox-chain.js';

/** The emulator advances logical time by this much per transaction (@ton/sandbox's LT_ALIGN). */
const LT_STEP = 1_000_000n;
const MASTERCHAIN_SHARD = '-9223372036854775808';

const b64 = (b: Buffer): string => b.toString('base64');

export interface ChainHead {
  seqno: number;
  utime: number;
}

export function chainHead(chain: SandboxChain): ChainHead {
  const bc = chain.blockchain;
  return { seqno: Number(bc.lt / LT_STEP), utime: bc.now ?? Math.floor(Date.now() / 1000) };
}

export function blockId(seqno: number, workchain = -1): Record<string, unknown> {
  const hash = (what: string): string =>
    b64(createHash('sha256').update(`silkworm devnet ${what} ${workchain} ${seqno}`).digest());
  return {
    '@type': 'ton.blockIdExt',
    workchain,
    shard: MASTERCHAIN_SHARD,
    seqno,
    root_hash: hash('root'),
    file_hash: hash('file'),
  };
}

export function masterchainInfo(chain: SandboxChain): Record<string, unknown> {
  const { seqno } = chainHead(chain);
  return {
    '@type': 'blocks.masterchainInfo',
    last: blockId(seqno),
    state_root_hash: b64(createHash('sha256').update(`silkworm devnet state ${seqno}`).digest()),
    init: blockId(0),
  };
}

/** getAddressInformation's `raw.fullAccountState`. A never-seen account is "uninitialized" with lt 0. */
export async function addressInformation(
  chain: SandboxChain,
  address: Address,
): Promise<Record<string, unknown>> {
  const c = await chain.blockchain.getContract(address);
  const st = c.accountState;
  const head = chainHead(chain);
  const active = st?.type === 'active' ? st.state : null;
  return {
    '@type': 'raw.fullAccountState',
    balance: c.balance.toString(),
    extra_currencies: Object.entries(c.ec).map(([id, amount]) => ({
      '@type': 'extraCurrency',
      id: Number(id),
      amount: amount.toString(),
    })),
    state: !st || st.type === 'uninit' ? 'uninitialized' : st.type,
    code: active?.code ? b64(active.code.toBoc()) : '',
    data: active?.data ? b64(active.data.toBoc()) : '',
    frozen_hash:
      st?.type === 'frozen' ? b64(Buffer.from(st.stateHash.toString(16).padStart(64, '0'), 'hex')) : '',
    last_transaction_id: {
      '@type': 'internal.transactionId',
      lt: c.lastTransactionLt.toString(),
      hash: b64(Buffer.from(c.lastTransactionHash.toString(16).padStart(64, '0'), 'hex')),
    },
    block_id: blockId(head.seqno, address.workChain),
    sync_utime: head.utime,
  };
}

/** `raw.transaction`: `data` is the transaction's BOC, which is what TonClient parses. */
export function transactionJson(address: Address, tx: Transaction): Record<string, unknown> {
  const d = tx.description;
  const fee = tx.totalFees.coins;
  const storage =
    d.type === 'generic' || d.type === 'storage' ? (d.storagePhase?.storageFeesCollected ?? 0n) : 0n;
  return {
    '@type': 'raw.transaction',
    address: { '@type': 'accountAddress', account_address: address.toString() },
    utime: tx.now,
    data: b64(tx.raw.toBoc()),
    transaction_id: { '@type': 'internal.transactionId', lt: tx.lt.toString(), hash: b64(tx.hash()) },
    fee: fee.toString(),
    storage_fee: storage.toString(),
    other_fee: (fee - storage).toString(),
    ...(tx.inMessage ? { in_msg: messageJson(tx.inMessage) } : {}),
    out_msgs: [...tx.outMessages.values()].map(messageJson),
  };
}

function messageJson(m: Message): Record<string, unknown> {
  const info = m.info;
  const internal = info.type === 'internal' ? info : null;
  const source = info.type === 'external-in' ? '' : info.src.toString();
  const destination = info.type === 'external-out' ? '' : info.dest.toString();
  const initState = m.init ? b64(beginCell().store(storeStateInit(m.init)).endCell().toBoc()) : '';
  return {
    '@type': 'raw.message',
    source,
    destination,
    value: (internal?.value.coins ?? 0n).toString(),
    fwd_fee: (internal?.forwardFee ?? 0n).toString(),
    ihr_fee: (internal?.ihrFee ?? 0n).toString(),
    created_lt: (info.type === 'external-in' ? 0n : info.createdLt).toString(),
    body_hash: b64(m.body.hash()),
    msg_data: { '@type': 'msg.dataRaw', body: b64(m.body.toBoc()), init_state: initState },
    message: textComment(m),
  };
}

/** toncenter shows a text comment (op 0 followed by a string) in `message`. */
function textComment(m: Message): string {
  try {
    const s = m.body.beginParse();
    if (s.remainingBits < 32 || s.loadUint(32) !== 0) return '';
    return s.loadStringTail();
  } catch {
    return '';
  }
}
