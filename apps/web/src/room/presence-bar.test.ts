import { describe, expect, it } from "vitest";
import { presenceWords } from "./presence-bar";

describe("how a partner's presence reads", () => {
  it("tells someone who has not come in yet from someone who dropped off", () => {
    expect(presenceWords(true, true, null)).toBe("here");
    expect(presenceWords(false, false, null)).toBe("not here yet");
    expect(presenceWords(false, true, 5_000)).toBe("away, reconnecting…");
    expect(presenceWords(false, true, 5 * 60_000)).toBe("away");
    expect(presenceWords(false, true, null)).toBe("away");
  });
});
