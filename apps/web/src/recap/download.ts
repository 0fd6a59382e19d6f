/**
 * Hands a file made on this device to the browser's downloads: a Blob behind an
 * `<a download>`, so nothing is sent anywhere (the page's CSP has no rule against blob:
 * downloads, which are navigations, not fetches).
 */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob only after click() returns: let go of it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
