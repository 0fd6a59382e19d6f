import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { initialRoomView, type Waiting } from "../connection/room-connection";
import type { UseRoom } from "../connection/use-room";
import { SendButton } from "./send-button";
import { waitingText, WaitingNote } from "./waiting-note";

/** Now, as the note reads the clock while rendering: a wait that has only just begun. */
const since = Date.now();
const reasons: Waiting["reason"][] = ["offline", "noAnswer", "unavailable", "busy"];

/** A room as a screen sees it, with "I'm ready" kept in the outbox and waiting for `reason`. */
function roomWaiting(reason: Waiting["reason"] | null): UseRoom {
  const never = () => {
    throw new Error("not in this test");
  };
  return {
    ...initialRoomView,
    status: reason === "offline" ? "reconnecting" : "open",
    outbox: [{ type: "lobby.ready", actionId: "action-1" }],
    waiting: reason ? { reason, since } : null,
    roomId: "r".repeat(22),
    act: never,
    typing: never,
    stopTyping: never,
    addNote: never,
    history: never,
    reissueLink: never,
    deleteRoom: never,
  };
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .trim();

describe("while what was sent waits for the room", () => {
  it("says so in one calm line, never as an error or a prompt to send or type again", () => {
    for (const reason of reasons) {
      const html = renderToStaticMarkup(<WaitingNote room={roomWaiting(reason)} />);
      expect(html).toMatch(/^<div[^>]*role="status"/);
      expect(html).not.toMatch(/role="alert"|form-error/);
      expect(text(html)).toBe(waitingText({ reason, since }, since));
      expect(text(html), reason).toMatch(/nothing is lost/i);
      expect(text(html), reason).not.toMatch(/try again|re-?type|error|failed|can't/i);
    }
    expect(waitingText({ reason: "offline", since }, since)).toContain("We'll send this as soon as you're connected again.");
    expect(waitingText({ reason: "busy", since }, since)).toMatch(/busy/);
  });

  it("keeps its status region in place, empty, while nothing waits", () => {
    const html = renderToStaticMarkup(<WaitingNote room={roomWaiting(null)} />);
    expect(html).toMatch(/role="status"/);
    expect(text(html)).toBe("");
  });

  it("adds, after a long wait, that the page can simply be left open", () => {
    expect(waitingText({ reason: "unavailable", since }, since + 59_999)).not.toMatch(/leave this page open/);
    expect(waitingText({ reason: "unavailable", since }, since + 60_000)).toMatch(/You can leave this page open: it keeps trying\.$/);
  });

  it("shows the action's button as sending, not pressable again, and no refusal", () => {
    for (const reason of reasons) {
      const html = renderToStaticMarkup(<SendButton room={roomWaiting(reason)} types={["lobby.ready"]} label="I'm ready" />);
      expect(text(html)).toBe("Sending…");
      expect(html).toMatch(/aria-disabled="true"/);
      expect(html).not.toMatch(/role="alert"/);
    }
  });
});
