// A seccomp program (classic BPF, the form bwrap's --seccomp reads) that refuses new processes: fork,
// vfork, and clone without CLONE_THREAD (posix_spawn and fork both end there) get EPERM; clone3 gets
// ENOSYS, so glibc falls back to clone, whose flags a filter can read (clone3 keeps them behind a pointer,
// as Docker and systemd also handle it). Threads still start. execve stays allowed: bwrap applies the
// filter before it execs Node, and an exec replaces the process without starting another. Syscalls of a
// foreign ABI (i386 via int 0x80, x32) kill the process, as they would bypass the numbers below.
// Layout: linux/seccomp.h (struct seccomp_data), linux/filter.h (struct sock_filter), linux/audit.h.

const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const JSET_K = 0x45;
const RET_K = 0x06;
const RET_ALLOW = 0x7fff0000;
const RET_KILL_PROCESS = 0x80000000;
const RET_ERRNO = 0x00050000;
const EPERM = 1;
const ENOSYS = 38;
const CLONE_THREAD = 0x00010000;
const OFFSET_NR = 0;
const OFFSET_ARCH = 4;
/** args[0], low 32 bits (little-endian): clone's flags. */
const OFFSET_ARG0 = 16;

interface Abi {
  audit: number;
  clone: number;
  clone3: number;
  /** fork and vfork, where the ABI has them. */
  forks: number[];
  /** x86_64 also accepts x32 syscalls (numbers with this bit set). */
  x32Bit?: number;
}

const abis: Partial<Record<NodeJS.Architecture, Abi>> = {
  x64: { audit: 0xc000003e, clone: 56, clone3: 435, forks: [57, 58], x32Bit: 0x40000000 },
  arm64: { audit: 0xc00000b7, clone: 220, clone3: 435, forks: [] },
};

type Insn = [code: number, jt: number, jf: number, k: number];

/** The program for this architecture, or null where it is not written for it. */
export function noNewProcessesFilter(arch: NodeJS.Architecture = process.arch): Buffer | null {
  const abi = abis[arch];
  if (!abi) return null;
  const insns: Insn[] = [
    [LD_W_ABS, 0, 0, OFFSET_ARCH],
    [JEQ_K, 1, 0, abi.audit],
    [RET_K, 0, 0, RET_KILL_PROCESS],
    [LD_W_ABS, 0, 0, OFFSET_NR],
  ];
  if (abi.x32Bit !== undefined) insns.push([JGE_K, 0, 1, abi.x32Bit], [RET_K, 0, 0, RET_KILL_PROCESS]);
  insns.push([JEQ_K, 0, 1, abi.clone3], [RET_K, 0, 0, RET_ERRNO | ENOSYS]);
  for (const nr of abi.forks) insns.push([JEQ_K, 0, 1, nr], [RET_K, 0, 0, RET_ERRNO | EPERM]);
  insns.push(
    [JEQ_K, 0, 3, abi.clone],
    [LD_W_ABS, 0, 0, OFFSET_ARG0],
    [JSET_K, 1, 0, CLONE_THREAD],
    [RET_K, 0, 0, RET_ERRNO | EPERM],
    [RET_K, 0, 0, RET_ALLOW],
  );
  const out = Buffer.alloc(insns.length * 8);
  insns.forEach(([code, jt, jf, k], i) => {
    out.writeUInt16LE(code, i * 8);
    out.writeUInt8(jt, i * 8 + 2);
    out.writeUInt8(jf, i * 8 + 3);
    out.writeUInt32LE(k >>> 0, i * 8 + 4);
  });
  return out;
}
