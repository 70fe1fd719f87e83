// What the owner is told about damaged state files: one notice per file, naming it, where the damaged
// copy was kept and what was recovered. Stores report here as they open; the composition root forwards
// each notice into the dashboard's state as it arrives (some recoveries finish after start-up).
import type { Notice } from '../api/state.js';
import type { Logger } from '../logging/logger.js';
import type { Damage } from './state-file.js';

export type NoticeListener = (notice: Notice) => void;

export class StateFileNotices {
  readonly #log: Logger;
  readonly #notices = new Map<string, Notice>();
  readonly #listeners = new Set<NoticeListener>();

  constructor(log: Logger) {
    this.#log = log;
  }

  /** A damaged file was moved aside; `recovered` says, in a sentence, what the node rebuilt or kept. */
  damaged(damage: Damage, recovered: string): void {
    const kept = damage.movedTo ? `It was moved to ${damage.movedTo}.` : 'It could not be moved aside.';
    const message = `The state file ${damage.file} was damaged (${damage.detail}). ${kept} ${recovered}`;
    this.#log.warn(message);
    this.#add({
      id: `state-file.damaged:${damage.file}`,
      level: 'warning',
      message,
      params: {
        file: damage.file,
        code: damage.code,
        detail: damage.detail,
        movedTo: damage.movedTo ?? '',
        recovered,
      },
    });
  }

  /** Something the node will not do until the owner acts (e.g. claim with an unrecoverable claims record). */
  refused(file: string, reason: string): void {
    this.#log.error(reason);
    this.#add({
      id: `state-file.refused:${file}`,
      level: 'error',
      message: reason,
      params: { file, reason },
    });
  }

  list(): Notice[] {
    return [...this.#notices.values()];
  }

  onNotice(listener: NoticeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #add(notice: Notice): void {
    this.#notices.set(notice.id, notice);
    for (const l of this.#listeners) l(notice);
  }
}
