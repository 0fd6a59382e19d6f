import type { Page, WebSocketRoute } from "@playwright/test";

/**
 * A hand on one page's line to the room: cut it (as a phone losing signal does), restore it,
 * or lose the server's answers to actions while letting everything else through.
 */
export class SocketLine {
  private online = true;
  private open: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  /** Sockets opened while the line was cut, waiting for it. */
  private held: WebSocketRoute[] = [];
  /** While true, the server's acknowledgements (socket.io ACK packets, "43…") never arrive. */
  dropAcks = false;

  private constructor(readonly page: Page) {}

  static async install(page: Page): Promise<SocketLine> {
    const line = new SocketLine(page);
    // Long-polling is only a fallback; while the line is cut it must fail too.
    await page.route("**/socket.io/**", (route) => (line.online ? route.continue() : route.abort("internetdisconnected")));
    // A socket opened while the line is cut hears nothing until it is back, as over a phone
    // with no signal (closing it instead would leave socket.io waiting out its connect timeout).
    await page.routeWebSocket(/\/socket\.io\//, (ws) => (line.online ? line.connect(ws) : line.hold(ws)));
    return line;
  }

  private hold(ws: WebSocketRoute): void {
    this.held.push(ws);
    // Given up on by the page before the line came back: nothing to connect.
    ws.onClose(() => (this.held = this.held.filter((h) => h !== ws)));
  }

  private connect(ws: WebSocketRoute): void {
    const server = ws.connectToServer();
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      if (this.dropAcks && typeof message === "string" && message.startsWith("43")) return;
      ws.send(message);
    });
    this.open.push({ page: ws, server });
  }

  async cut(): Promise<void> {
    this.online = false;
    const open = this.open;
    this.open = [];
    for (const { page, server } of open) {
      await server.close();
      await page.close();
    }
  }

  restore(): void {
    this.online = true;
    for (const ws of this.held.splice(0)) this.connect(ws);
  }
}
