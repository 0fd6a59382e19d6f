import type { IntentionContent } from "@repair-room/protocol";

/** One partner's intention, in the prompts' own words. */
export function IntentionCard({ content, who }: { content: IntentionContent; who: string }) {
  return (
    <figure className="said">
      <figcaption className="said-who">{who}</figcaption>
      <dl className="said-parts">
        <dt>What I intended or hoped for…</dt>
        <dd>{content.intended}</dd>
        <dt>How it may have landed for you…</dt>
        <dd>{content.impact}</dd>
        <dt>One thing I will do…</dt>
        <dd>{content.action}</dd>
      </dl>
    </figure>
  );
}
