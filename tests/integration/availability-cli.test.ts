// `silkworm availability --json` from the compiled build sees a real game-named process in a fake Epic library
// and decides to pause for it (build first: `npx tsc -b src`).
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../support/wait-for.js';

const cli = join(import.meta.dirname, '..', '..', 'bin', 'silkworm.js');
const built = existsSync(
  join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'commands', 'availability.js'),
);

describe.skipIf(process.platform !== 'linux' || !built)('silkworm availability', () => {
  it('reports the running game and a pause decision as one JSON line', async () => {
    const root = mkdtempSync(join(tmpdir(), 'silkworm-cli-'));
    const dir = join(root, 'Epic Games', 'Fortnite', 'Binaries');
    mkdirSync(dir, { recursive: true });
    const exe = join(dir, 'FortniteClient.exe');
    copyFileSync('/bin/sleep', exe);
    const game = spawn(exe, ['30'], { stdio: 'ignore' });
    try {
      // The child runs the game's executable once exec has happened (its /proc entry points at it).
      await waitFor(() => game.pid !== undefined && readlinkSync(`/proc/${String(game.pid)}/exe`) === exe, {
        timeoutMs: 5000,
        what: 'the game process to start',
      });
      const { stdout } = await promisify(execFile)(process.execPath, [cli, 'availability', '--json'], {
        timeout: 20_000,
      });
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const out = JSON.parse(lines[0]!) as {
        decision: { action: string; cause: string; reason: string };
        detections: Array<{ pid: number; launcher: string }>;
      };
      // Other tests may run game-named processes at the same time; ours must be among the detections.
      expect(out.decision).toMatchObject({ action: 'pause', cause: 'game' });
      expect(out.decision.reason).toMatch(/^Paused: game running \(.+\)$/);
      expect(out.detections).toContainEqual(
        expect.objectContaining({ pid: game.pid, launcher: 'Epic Games' }),
      );
    } finally {
      game.kill();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
