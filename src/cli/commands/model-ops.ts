// What `silkworm model list|download|import|use|rm` do, behind one interface with two implementations:
// on the data folder directly (no daemon) and through a running daemon's `models:*` commands.
import type { DownloadProgressView, ModelEntry, ModelList } from '../../api/models.js';

export interface ModelOps {
  list(): Promise<ModelList>;
  /** Starts (or resumes) the download and resolves with the entry once it is verified. */
  download(
    id: string,
    allowUnverified: boolean,
    progress: (p: DownloadProgressView) => void,
  ): Promise<ModelEntry>;
  importFile(path: string, name: string | undefined): Promise<{ id: string }>;
  use(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls until `check` returns a value; bounded by the caller's stop condition inside `check`. */
export async function pollUntil<T>(check: () => Promise<T | null>, intervalMs: number): Promise<T> {
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
