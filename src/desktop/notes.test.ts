import { describe, expect, it } from 'vitest';
import { initialState } from '../node/initial-state.js';
import type { StateSnapshot } from '../api/index.js';
import { notesFor } from './notes.js';

const base = initialState('t');
const withWorker = (s: StateSnapshot, w: Partial<StateSnapshot['worker']>): StateSnapshot => ({
  ...s,
  worker: { ...s.worker, ...w },
});
const withEarnings = (s: StateSnapshot, e: Partial<StateSnapshot['earnings']>): StateSnapshot => ({
  ...s,
  earnings: { ...s.earnings, ...e },
});

describe('desktop notes', () => {
  it('announces the first earnings once', () => {
    const first = withEarnings(base, { totalNano: '1500000' });
    expect(notesFor(base, first).map((n) => n.title)).toEqual(['Your GPU earned its first TON']);
    expect(notesFor(first, withEarnings(first, { totalNano: '3000000' }))).toEqual([]);
  });

  it('tells when work pauses for a game and when it resumes', () => {
    const serving = withWorker(base, {
      status: 'serving',
      reasonCode: { key: 'availability.serving', params: {} },
    });
    const game = withWorker(base, {
      status: 'paused',
      reason: 'Paused: game running (eldenring.exe)',
      reasonCode: { key: 'availability.paused.game', params: { name: 'eldenring.exe' } },
    });
    expect(notesFor(serving, game)).toEqual([
      { title: 'Paused for your game', body: 'Paused: game running (eldenring.exe)' },
    ]);
    expect(notesFor(game, serving).map((n) => n.title)).toEqual(['Serving again']);
  });

  it('reports a payout with its amount, and an error that needs the owner', () => {
    const paid = withEarnings(base, { claimedNano: '250000000' });
    expect(notesFor(base, paid)[0]?.body).toBe('0.25 TON was paid to your wallet.');
    const broken = withWorker(base, { status: 'error', reason: 'Could not start: no model' });
    expect(notesFor(base, broken)).toEqual([
      { title: 'Silkworm needs you', body: 'Could not start: no model' },
    ]);
  });
});
