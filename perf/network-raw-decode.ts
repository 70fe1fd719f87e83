// Raw node-llama-cpp decode speed, measured in a process of its own (as the sandbox runs in one), for
// the network perf baseline. argv: modelPath rounds maxTokens. Prints one JSON line: {"tps": [...]}.
import { LlamaRuntime } from '../src/engine/runtime/llama-runtime.js';

const [modelPath = '', roundsText = '3', maxText = '256'] = process.argv.slice(2);
const rt = await LlamaRuntime.create({ threads: 1, gpu: false });
await rt.load({ modelPath, contextSize: 2048, sequences: 1 });
const tps: number[] = [];
for (let i = 0; i < Number(roundsText); i++) {
  let first = 0;
  let firstCount = 0;
  const usage = await rt.generate(
    { kind: 'text', text: `the story of a small red car number ${i}` },
    { maxTokens: Number(maxText), temperature: 0, topP: 1, stop: [] },
    (_t, n) => {
      if (first === 0) {
        first = performance.now();
        firstCount = n;
      }
    },
    new AbortController().signal,
  );
  tps.push(((usage.completionTokens - firstCount) / (performance.now() - first)) * 1000);
}
await rt.unload();
process.stdout.write(JSON.stringify({ tps }) + '\n');
process.exit(0);
