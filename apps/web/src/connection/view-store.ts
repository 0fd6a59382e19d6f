import { initialRoomView, type RoomView } from "./room-view";

/**
 * The connection's one `RoomView`, shared by its layers: each writes its own part, and every
 * change is reported whole (a new object, never mutated). Once closed it changes no more and
 * its timers never fire, so a layer never has to ask whether the page has gone.
 */
export class ViewStore {
  private current: RoomView;
  private isClosed = false;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    token: string,
    private readonly onChange: (view: RoomView) => void,
  ) {
    this.current = { ...initialRoomView, token };
  }

  get view(): RoomView {
    return this.current;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  update(patch: Partial<RoomView>): void {
    if (this.isClosed) return;
    this.current = { ...this.current, ...patch };
    this.onChange(this.current);
  }

  /** Run `fn` after `ms`, unless the connection is closed by then. */
  later(fn: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.isClosed) fn();
    }, ms);
    this.timers.add(timer);
  }

  close(): void {
    this.isClosed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
