// Builds llama.cpp's own llama-bench and llama-server from the source node-llama-cpp bundles, once, into
// .cache/anchors/<release>/ — compiling only the tools' sources and linking them against node-llama-cpp's
// prebuilt libllama / libggml / libllama-common (rpath to their folder), so the tools run the very engine
// binaries Silkworm loads. The multimodal library llama-server links to is replaced by empty stubs
// (text-only serving). Runs the compiler under `nice -n 10` with two jobs: the machines are shared.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AnchorTools {
  bench: string;
  server: string;
  release: string;
}

export type BuildOutcome = { ok: true; tools: AnchorTools; builtMs: number } | { ok: false; reason: string };

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number | null;
  out: string;
}

function run(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (b: Buffer): void => void (out = (out + b.toString()).slice(-4_000_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, out: err.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

async function has(cmd: string): Promise<boolean> {
  return (await run(cmd, ['--version'], root, 10_000)).code === 0;
}

/** Runs compile jobs two at a time; the first failure ends the build with the compiler's words. */
async function pool(jobs: Array<() => Promise<Run>>, width: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const r = job ? await job() : { code: 0, out: '' };
      if (r.code !== 0) throw new Error(r.out.slice(-1500));
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

function prebuiltBins(): string {
  const name = `${process.platform}-${process.arch}`;
  const entry = fileURLToPath(import.meta.resolve(`@node-llama-cpp/${name}`));
  return join(dirname(entry), '..', 'bins', name);
}

export async function ensureAnchorTools(deadlineMs = 20 * 60_000): Promise<BuildOutcome> {
  if (process.platform !== 'linux') return { ok: false, reason: 'the anchor build is written for Linux' };
  const llamaDir = join(dirname(createRequire(import.meta.url).resolve('node-llama-cpp')), '..', 'llama');
  const { tag } = JSON.parse(await readFile(join(llamaDir, 'llama.cpp.info.json'), 'utf8')) as {
    tag: string;
  };
  const cache = join(root, '.cache', 'anchors', tag);
  const out = join(cache, 'bin');
  const tools: AnchorTools = {
    bench: join(out, 'llama-bench'),
    server: join(out, 'llama-server'),
    release: tag,
  };
  if (existsSync(join(cache, 'built.json'))) return { ok: true, tools, builtMs: 0 };
  const cxx = (await has('c++')) ? 'c++' : (await has('g++')) ? 'g++' : null;
  if (cxx === null) return { ok: false, reason: 'no C++ compiler (c++ or g++) on this machine' };
  if (!(await has('git')))
    return { ok: false, reason: 'git is needed to unpack the bundled llama.cpp source' };
  let bins: string;
  try {
    bins = prebuiltBins();
  } catch {
    return {
      ok: false,
      reason: `node-llama-cpp's prebuilt ${process.platform}-${process.arch} package is missing`,
    };
  }
  const started = Date.now();
  const left = (): number => Math.max(1000, deadlineMs - (Date.now() - started));
  const src = join(cache, 'src');
  const obj = join(cache, 'obj');
  await rm(cache, { recursive: true, force: true });
  await mkdir(obj, { recursive: true });
  await mkdir(out, { recursive: true });
  const clone = await run(
    'git',
    ['clone', '--quiet', join(llamaDir, 'gitRelease.bundle'), src],
    cache,
    left(),
  );
  if (clone.code !== 0) return { ok: false, reason: `git clone of the bundled source failed: ${clone.out}` };
  const nice = (await run('nice', ['-n', '10', 'true'], root, 5000)).code === 0;
  const cc = (args: string[]) => (): Promise<Run> =>
    nice ? run('nice', ['-n', '10', cxx, ...args], src, left()) : run(cxx, args, src, left());
  const flags = ['-O2', '-DNDEBUG', '-std=c++17', '-fPIC', '-pthread'];
  const inc = [
    'include',
    'ggml/include',
    'common',
    'vendor',
    'vendor/cpp-httplib',
    'tools/mtmd',
    'tools/server',
    obj,
  ].flatMap((d) => ['-I', d]);
  const binFiles = await readdir(bins);
  const wanted = [
    /^libllama-common\.so$/,
    /^libllama(\.v[\d.]+)?\.so$/,
    /^libggml(\.v[\d.]+)?\.so$/,
    /^libggml-base\.so$/,
  ];
  const libNames = wanted.map((re) => binFiles.find((f) => re.test(f)));
  if (libNames.some((l) => l === undefined))
    return { ok: false, reason: `node-llama-cpp's prebuilt libraries are not all in ${bins}` };
  const libs = [`-L${bins}`, ...libNames.map((l) => `-l:${l ?? ''}`), `-Wl,-rpath,${bins}`];
  try {
    // The web UI is embedded from an empty asset folder: the anchors use the HTTP API only.
    await pool([cc(['-O2', '-std=c++17', '-o', join(obj, 'ui-embed'), 'tools/ui/embed.cpp'])], 1);
    const embed = await run(join(obj, 'ui-embed'), [join(obj, 'ui.cpp'), join(obj, 'ui.h')], obj, left());
    if (embed.code !== 0) throw new Error(embed.out);
    const serverSources = (await readdir(join(src, 'tools/server')))
      .filter((f) => f.endsWith('.cpp'))
      .map((f) => `tools/server/${f}`);
    const units = [...serverSources, 'vendor/cpp-httplib/httplib.cpp', join(obj, 'ui.cpp')];
    const stubCpp = join(obj, 'mtmd-stub-cpp.cpp');
    await writeFile(
      stubCpp,
      '#include "mtmd.h"\nstd::map<ggml_backend_dev_t, size_t> mtmd_get_memory_usage(const char *, struct mtmd_context_params) { return {}; }\n',
    );
    units.push(stubCpp);
    const objOf = (f: string): string => join(obj, `${basename(f, '.cpp')}.o`);
    // Written under another name and renamed, so a killed compile never leaves a half object behind.
    const compileOnce = (f: string, o: string) => async (): Promise<Run> => {
      const r = await cc([...flags, ...inc, '-c', f, '-o', `${o}.part`])();
      if (r.code === 0) await rename(`${o}.part`, o);
      return r;
    };
    await pool(
      [
        cc([
          ...flags,
          ...inc,
          'tools/llama-bench/llama-bench.cpp',
          'tools/llama-bench/main.cpp',
          '-o',
          tools.bench,
          ...libs,
        ]),
        ...units.filter((f) => !existsSync(objOf(f))).map((f) => compileOnce(f, objOf(f))),
      ],
      2,
    );
    // Every C function of the multimodal library the server refers to becomes an empty stub.
    const link = (extra: string[]) => cc(['-o', tools.server, ...units.map(objOf), ...extra, ...libs])();
    const first = await link([]);
    const missing = [
      ...new Set([...first.out.matchAll(/undefined reference to `(mtmd_[a-z0-9_]+)'/g)].map((m) => m[1])),
    ];
    if (first.code !== 0) {
      if (missing.length === 0) throw new Error(first.out.slice(-1500));
      const stubC = join(obj, 'mtmd-stub-c.cpp');
      await writeFile(stubC, missing.map((n) => `extern "C" void * ${n}() { return nullptr; }\n`).join(''));
      await pool([cc(['-O2', '-c', stubC, '-o', join(obj, 'mtmd-stub-c.o')])], 1);
      const second = await link([join(obj, 'mtmd-stub-c.o')]);
      if (second.code !== 0) throw new Error(second.out.slice(-1500));
    }
    // ggml loads its CPU backend variants from the executable's folder.
    for (const f of binFiles) if (/^libggml-cpu-.*\.so$/.test(f)) await symlink(join(bins, f), join(out, f));
  } catch (err) {
    return {
      ok: false,
      reason: `building the anchors failed: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  const builtMs = Date.now() - started;
  await writeFile(join(cache, 'built.json'), JSON.stringify({ tag, bins, builtMs }) + '\n');
  await rm(obj, { recursive: true, force: true });
  return { ok: true, tools, builtMs };
}
