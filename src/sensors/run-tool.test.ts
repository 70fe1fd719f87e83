import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.js';

describe('runTool', () => {
  it('returns what the tool printed', async () => {
    expect(await runTool(process.execPath, ['-e', 'process.stdout.write("0, X, 1, 2")'], 10_000)).toEqual({
      ok: true,
      stdout: '0, X, 1, 2',
    });
  });

  it('tells a tool that is not installed (absent) from one that fails', async () => {
    expect(await runTool('silkworm-no-such-tool-xyz', [], 5000)).toMatchObject({
      ok: false,
      reason: 'absent',
    });
    expect(await runTool(process.execPath, ['-e', 'process.exit(3)'], 10_000)).toMatchObject({
      ok: false,
      reason: 'failed',
    });
  });

  it('stops a tool that runs past its time and says it failed', async () => {
    const r = await runTool(process.execPath, ['-e', 'setInterval(() => undefined, 1000)'], 300);
    expect(r).toMatchObject({ ok: false, reason: 'failed' });
  });
});
