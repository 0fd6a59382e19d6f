import { associatedData, formatSealed, nonceBytes, parseSealed, type SealedHeader } from "./envelope.js";
import { keyPattern } from "./keys.js";

type Subtle = typeof globalThis.crypto.subtle;
/** A key ready for AES-GCM (a CryptoKey, in the browser and in Node alike). */
export type SealingKey = Awaited<ReturnType<Subtle["importKey"]>>;

const subtle = (): Subtle => {
  const s = globalThis.crypto?.subtle;
  // Browsers give WebCrypto only to secure contexts (HTTPS, localhost): say so, not "undefined".
  if (!s) throw new Error("This page cannot seal: the browser offers no WebCrypto here (it needs HTTPS or localhost).");
  return s;
};

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

export function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A new random AES-256 key, as it travels in a link (base64url). */
export function newRoomKey(): string {
  return toBase64url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/** Import a key from its link form; it can seal and open, and nothing else, and never leaves again. */
export async function importKey(raw: string): Promise<SealingKey> {
  if (!keyPattern.test(raw)) throw new Error("not a room key");
  return subtle().importKey("raw", fromBase64url(raw), { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
}

/** Seal `text` as `header` says; a fresh random nonce each time. */
export async function sealText(key: SealingKey, header: SealedHeader, text: string): Promise<string> {
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(nonceBytes));
  const ciphertext = await subtle().encrypt(
    { name: "AES-GCM", iv: nonce, additionalData: encoder.encode(associatedData(header)) },
    key,
    encoder.encode(text),
  );
  return formatSealed({ ...header, nonce: toBase64url(nonce), ciphertext: toBase64url(new Uint8Array(ciphertext)) });
}

/**
 * Open a sealed string: its words and header, or null when it is not a seal of this key (another
 * room's, altered, truncated). Never throws and never returns words that did not come whole
 * from someone holding the key.
 */
export async function openText(key: SealingKey, sealed: string): Promise<(SealedHeader & { text: string }) | null> {
  const parsed = parseSealed(sealed);
  if (!parsed) return null;
  try {
    const plain = await subtle().decrypt(
      { name: "AES-GCM", iv: fromBase64url(parsed.nonce), additionalData: encoder.encode(associatedData(parsed)) },
      key,
      fromBase64url(parsed.ciphertext),
    );
    return { owner: parsed.owner, field: parsed.field, text: decoder.decode(plain) };
  } catch {
    return null;
  }
}
