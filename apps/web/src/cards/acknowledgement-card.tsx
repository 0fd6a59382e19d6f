import { acknowledgementWords, type AcknowledgementContent } from "@repair-room/protocol";

/** A partner's answer to the other's intention, as both of them and the coach read it. */
export function AcknowledgementCard({ content, who, to }: { content: AcknowledgementContent; who: string; to: string }) {
  return (
    <figure className="said answer">
      <figcaption className="said-who">
        {who} to {to}
      </figcaption>
      {content.choice ? <p>{acknowledgementWords[content.choice]}</p> : null}
      {content.words ? <p className="prewrap">{content.words}</p> : null}
    </figure>
  );
}
