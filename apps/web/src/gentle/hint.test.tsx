import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GentleHint, HintItem } from "../room/gentle-hint";
import { analyse, flagFor, SUGGESTIONS } from "./analyse";
import { hintText } from "./hint";
import { doubled, LEAD_INS, readable } from "./hint-check";
import { labelledSentences } from "./labelled-sentences";
import { rules } from "./rules";

describe("each flag reads once", () => {
  it("every rule's reason quotes the phrase once, at its start, and its suggestion has one lead-in", () => {
    for (const rule of rules) {
      const where = rule.pattern.source.slice(0, 60);
      expect(rule.why.split("{phrase}").length - 1, where).toBe(1);
      expect(rule.why.startsWith("“{phrase}”"), where).toBe(true);
      expect(rule.why, where).not.toMatch(LEAD_INS);
      const suggestion = rule.suggestion ?? SUGGESTIONS[rule.kind];
      expect(suggestion, where).toMatch(/^Try\b/);
      expect(suggestion.match(LEAD_INS)?.length, where).toBe(1);
    }
  });

  it("for every rule, on awkward phrases too, the rendered line quotes the phrase once with one lead-in", () => {
    const phrases = ["You always", "calm   down", '"busy"', "“quick drink”", "whatever", "you $& never"];
    for (const rule of rules) {
      for (const words of phrases) {
        const flag = flagFor(rule, words, 0, words.length);
        const text = readable(renderToStaticMarkup(<HintItem flag={flag} />));
        expect(text).toBe(hintText(flag));
        expect(doubled(text, flag), `${rule.pattern.source.slice(0, 50)} on “${words}”: ${text}`).toEqual([]);
      }
    }
  });

  it("on every labelled sentence, each flag shown under the text box reads once", () => {
    let seen = 0;
    for (const { text } of labelledSentences) {
      const flags = analyse(text).slice(0, 2);
      const html = renderToStaticMarkup(<GentleHint id="g" text={text} />);
      const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => readable(m[1] ?? ""));
      expect(items.length, text).toBe(flags.length);
      flags.forEach((flag, i) => {
        const line = items[i] ?? "";
        expect(line).toBe(hintText(flag));
        expect(doubled(line, flag), `${text} → ${line}`).toEqual([]);
        seen++;
      });
    }
    expect(seen).toBeGreaterThan(200);
  }, 60_000);

  it("reads the example from the issue once", () => {
    const html = renderToStaticMarkup(<GentleHint id="g" text="You always forget the bins." />);
    const text = readable(html);
    expect(text).toBe(
      "A gentler way to say it?“You always” can sound like a verdict on who they are, and invites them to find the exception. " +
        "Try naming one moment: “When … happened, I felt …, and I'd like …”",
    );
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('<span class="gentle-phrase">“You always”</span>');
  });

  it("shows at most two flags, and nothing for gentle or empty text", () => {
    const many = renderToStaticMarkup(<GentleHint id="g" text="You always do this. Calm down. Whatever. You're so lazy." />);
    expect(many.match(/<li>/g)?.length).toBe(2);
    for (const text of ["", "I felt hurt when the plans changed."]) {
      expect(renderToStaticMarkup(<GentleHint id="g" text={text} />)).toBe('<div id="g" class="gentle" aria-live="polite"></div>');
    }
  });
});
