/**
 * Group commit for the quick appends: an append asked for while `inFlight` statements are
 * already on their way waits for the next one, and goes with every other append that
 * queued meanwhile, in one statement and one commit. Nothing waits on a timer: when the
 * database keeps up, each append goes at once on its own; when it falls behind, the appends
 * that pile up share a round trip instead of each queueing for a connection of its own.
 */
export class Batches<In, Out> {
  private queue: { input: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  private running = 0;

  constructor(
    /** Runs one batch; its answers in the order of its inputs. */
    private readonly run: (inputs: In[]) => Promise<Out[]>,
    /** Batches on their way at once. */
    private readonly inFlight: number,
    /** The most inputs in one batch (one statement's parameters stay small). */
    private readonly maxSize: number,
  ) {}

  add(input: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.running < this.inFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxSize);
      this.running++;
      this.run(batch.map((b) => b.input))
        .then(
          (outs) => batch.forEach((b, i) => b.resolve(outs[i] as Out)),
          (error: unknown) => batch.forEach((b) => b.reject(error)),
        )
        .finally(() => {
          this.running--;
          this.next();
        });
    }
  }
}
