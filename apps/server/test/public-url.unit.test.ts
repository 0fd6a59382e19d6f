import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

describe("PUBLIC_URL, where partners open their links", () => {
  it("is the site's address, kept as an origin", () => {
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: "https://repair.example.org/" }).publicUrl).toBe("https://repair.example.org");
    expect(loadConfig({ PUBLIC_URL: "https://repair.example.org:8443" }).publicUrl).toBe("https://repair.example.org:8443");
  });

  it("refuses what cannot be a site's address, saying why", () => {
    expect(() => loadConfig({ PUBLIC_URL: "repair.example.org" })).toThrow(/PUBLIC_URL must be an address/);
    expect(() => loadConfig({ PUBLIC_URL: "ftp://repair.example.org" })).toThrow(/https/);
    expect(() => loadConfig({ PUBLIC_URL: "https://example.org/repair" })).toThrow(/without a path/);
  });
});
