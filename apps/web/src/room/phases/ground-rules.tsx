/** The lobby's ground rules, from the product spec, in plain words. */
export function GroundRules() {
  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Before you begin</h2>
      <ol className="rules">
        <li>
          <strong>Speak from “I”:</strong> what happened for you, and how you felt.
        </li>
        <li>
          <strong>Reflect back before you reply:</strong> say what you heard, in your own words.
        </li>
        <li>
          <strong>Either of you may pause</strong> at any time, no reason needed.
        </li>
        <li>
          <strong>A coach or mediator may be watching.</strong> You always see when one is here.
        </li>
      </ol>
    </section>
  );
}
