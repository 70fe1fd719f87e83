// Why a model download stopped, as a code the store, the dashboard and the CLI switch on.
export type DownloadErrorCode =
  | 'http-status'
  | 'checksum-mismatch'
  | 'size-mismatch'
  | 'too-many-retries'
  | 'aborted'
  | 'no-checksum'
  | 'bad-url'
  /** The disk filled up while writing (the partial file is kept, resumable once space is freed). */
  | 'no-space'
  /** The owner paused it (the partial file is kept). */
  | 'paused'
  /** The owner cancelled it (the partial file was deleted). */
  | 'cancelled'
  | 'timeout'
  | 'unknown-download';

export class DownloadError extends Error {
  constructor(
    readonly code: DownloadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export const isNoSpace = (err: unknown): boolean => {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
};
