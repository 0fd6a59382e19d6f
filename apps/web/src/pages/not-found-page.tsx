import { Link } from "../ui/link";

export function NotFoundPage() {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>There's nothing here</h1>
      <p>This address doesn't lead to a room. If someone sent you a link, please check you have all of it.</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </main>
  );
}
