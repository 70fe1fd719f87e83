// The proof-of-work search loop, run in a worker thread (so a connection never freezes the app). It is
// plain JavaScript source evaluated by the worker, which keeps it independent of file layout (dist, test
// runner, packaged app). SHA-256 is written out for the one 64-byte block that `salt[16] ‖ nonce[8]`
// fills: about 3× faster than calling node:crypto per nonce. The main thread re-verifies the result
// with node:crypto before sending it.
export const powSolverSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const K = new Int32Array([
  0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,
  0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,
  0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,
  0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,
  0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,
  0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,
  0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,
  0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2]);
const W = new Int32Array(64);
const bswap = (x) => ((x & 0xff) << 24) | ((x >>> 8 & 0xff) << 16) | ((x >>> 16 & 0xff) << 8) | (x >>> 24);
// Leading zero bits of the first 8 digest bytes read as a little-endian u64 (docs/protocol.md §1.1).
function zeroBits(salt, lo, hi) {
  W[0] = salt[0]; W[1] = salt[1]; W[2] = salt[2]; W[3] = salt[3];
  W[4] = bswap(lo); W[5] = bswap(hi); W[6] = 0x80000000 | 0;
  for (let i = 7; i < 15; i++) W[i] = 0;
  W[15] = 192;
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15], y = W[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  let a = 0x6a09e667 | 0, b = 0xbb67ae85 | 0, c = 0x3c6ef372 | 0, d = 0xa54ff53a | 0;
  let e = 0x510e527f | 0, f = 0x9b05688c | 0, g = 0x1f83d9ab | 0, h = 0x5be0cd19 | 0;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  const high = bswap((b + 0xbb67ae85) | 0) >>> 0;
  return high !== 0 ? Math.clz32(high) : 32 + Math.clz32(bswap((a + 0x6a09e667) | 0) >>> 0);
}
const s = Buffer.from(workerData.salt);
const salt = [s.readInt32BE(0), s.readInt32BE(4), s.readInt32BE(8), s.readInt32BE(12)];
for (let hi = 0; hi < 0x100000000; hi++) {
  for (let lo = 0; lo < 0x100000000; lo++) {
    if (zeroBits(salt, lo | 0, hi | 0) >= workerData.difficulty) {
      parentPort.postMessage({ lo, hi });
      process.exit(0);
    }
  }
}
`;
