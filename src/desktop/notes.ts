// What the desktop app tells the owner through notifications, decided from two state snapshots: the first
// earnings, a pause for a game and the resume after it, a payout received, an error that needs them.
// Pure, so it is tested under Node; main/ only shows the notes.
import { formatTon, type StateSnapshot } from '../api/index.js';

export interface Note {
  title: string;
  body: string;
}

/** What changed between two snapshots that the owner should hear about. */
export function notesFor(prev: StateSnapshot, next: StateSnapshot): Note[] {
  const notes: Note[] = [];
  if (prev.earnings.totalNano === '0' && next.earnings.totalNano !== '0') {
    notes.push({
      title: 'Your GPU earned its first TON',
      body: `${formatTon(next.earnings.totalNano)} TON so far. Link a wallet to receive payouts.`,
    });
  }
  const wasGame = prev.worker.reasonCode.key === 'availability.paused.game';
  const isGame = next.worker.reasonCode.key === 'availability.paused.game';
  if (!wasGame && isGame) notes.push({ title: 'Paused for your game', body: next.worker.reason });
  if (wasGame && next.worker.status === 'serving')
    notes.push({ title: 'Serving again', body: 'Your game has closed; Silkworm resumed work.' });
  if (BigInt(next.earnings.claimedNano) > BigInt(prev.earnings.claimedNano)) {
    const paid = BigInt(next.earnings.claimedNano) - BigInt(prev.earnings.claimedNano);
    notes.push({ title: 'Payout received', body: `${formatTon(paid)} TON was paid to your wallet.` });
  }
  if (prev.worker.status !== 'error' && next.worker.status === 'error')
    notes.push({ title: 'Silkworm needs you', body: next.worker.reason });
  return notes;
}
