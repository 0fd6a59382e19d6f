import type { Page, WebSocketRoute } from "@playwright/test";

/**
 * A hand on one page's line to the room: cut it (as a phone losing signal does), restore it,
 * or lose the server's answers to actions while letting everything else through.
 */
export class SocketLine {
  private online = true;
  private open: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  /** While true, the server's acknowledgements (socket.io ACK packets, "43…") never arrive. */
  dropAcks = false;

  private constructor(readonly page: Page) {}

  static async install(page: Page): Promise<SocketLine> {
    const line = new SocketLine(page);
    // Long-polling is only a fallback; while the line is cut it must fail too.
    await page.route("**/socket.io/**", (route) => (line.online ? route.continue() : route.abort("internetdisconnected")));
    await page.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (!line.online) {
        void ws.close();
        return;
      }
      const server = ws.connectToServer();
      ws.onMessage((message) => server.send(message));
      server.onMessage((message) => {
        if (line.dropAcks && typeof message === "string" && message.startsWith("43")) return;
        ws.send(message);
      });
      line.open.push({ page: ws, server });
    });
    return line;
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
  }
}
