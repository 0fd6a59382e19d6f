import { defaultEngineOptions } from "@repair-room/protocol";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { failureCode } from "../src/db/failures.js";

describe("the method's settings from the environment", () => {
  it("keeps the protocol's defaults when nothing is set", () => {
    expect(loadConfig({}).method).toEqual(defaultEngineOptions);
  });

  it("takes tries, pause lengths and a test minute, the first length as the default", () => {
    const method = loadConfig({ REFLECTION_TRIES: "4", PAUSE_MINUTES: "2, 5, 10, 20", PAUSE_SECONDS_PER_MINUTE: "1" }).method;
    expect(method).toMatchObject({ reflectionTries: 4, pauseMinutes: [2, 5, 10, 20], defaultPauseMinutes: 2, minuteMs: 1000 });
    expect(loadConfig({ PAUSE_MINUTES: "5,20", DEFAULT_PAUSE_MINUTES: "20" }).method).toMatchObject({ pauseMinutes: [5, 20], defaultPauseMinutes: 20 });
  });

  it("refuses settings that don't make sense, naming them", () => {
    expect(() => loadConfig({ REFLECTION_TRIES: "many" })).toThrow(/REFLECTION_TRIES/);
    expect(() => loadConfig({ PAUSE_MINUTES: "2,five" })).toThrow(/PAUSE_MINUTES/);
    expect(() => loadConfig({ PAUSE_MINUTES: "20,2" })).toThrow(/pauseMinutes/);
    expect(() => loadConfig({ PAUSE_MINUTES: "2,5", DEFAULT_PAUSE_MINUTES: "20" })).toThrow(/defaultPauseMinutes/);
  });
});

describe("what an unexpected failure tells the person", () => {
  it("says unavailable when the database can't be reached, internal otherwise", () => {
    const outages = [
      Object.assign(new Error("Can't reach database server"), { name: "PrismaClientKnownRequestError", code: "P1001" }),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      new Error("wrapped", { cause: Object.assign(new Error("Connection terminated unexpectedly"), {}) }),
      Object.assign(new Error("adapter"), { meta: { driverAdapterError: { kind: "ConnectionClosed" } } }),
      Object.assign(new Error("init"), { name: "PrismaClientInitializationError" }),
    ];
    for (const error of outages) expect(failureCode(error), error.message).toBe("unavailable");
    const bugs = [
      new TypeError("Cannot read properties of undefined"),
      Object.assign(new Error("invalid byte sequence for encoding UTF8: 0x00"), { code: "22021" }),
      Object.assign(new Error("Unique constraint failed"), { code: "P2002" }),
      "a string thrown",
      null,
    ];
    for (const error of bugs) expect(failureCode(error), String(error)).toBe("internal");
  });
});
