// A service's address as it may be printed: its password hidden (the scripts print where
// they looked for Postgres and Redis, and a URL may carry a secret).
export function redact(url, notAUrl = "(an address that is not a URL)") {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return notAUrl;
  }
}
