import ipaddr from "ipaddr.js";

/**
 * Who is asking, for the limits: the client's address, the first one a trusted proxy
 * names when the server sits behind one (TRUST_PROXY=1), else the connection's own.
 */
export function clientAddress(remote: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string {
  const forwarded = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
  const first = trustProxy ? forwarded?.split(",")[0]?.trim() : undefined;
  return first || remote || "unknown";
}

/**
 * The key an address is limited under. One IPv6 subscriber is handed a whole /64 and can use
 * any address in it, so every address of a /64 shares one budget; IPv4 (also when mapped
 * into IPv6) is limited per address.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}
