// A single-consumer queue of body chunks: the relay pushes what the worker sends, the client endpoint
// iterates it. An error ends the iteration by throwing it (after the chunks already queued).
export class BodyQueue implements AsyncIterable<Buffer> {
  readonly #chunks: Buffer[] = [];
  #done = false;
  #error: Error | null = null;
  #wake: (() => void) | null = null;

  push(chunk: Buffer): void {
    if (this.#done || chunk.length === 0) return;
    this.#chunks.push(chunk);
    this.#notify();
  }

  end(): void {
    this.#done = true;
    this.#notify();
  }

  fail(error: Error): void {
    if (this.#done) return;
    this.#error = error;
    this.#done = true;
    this.#notify();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    for (;;) {
      const next = this.#chunks.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.#done) {
        if (this.#error) throw this.#error;
        return;
      }
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }
}
