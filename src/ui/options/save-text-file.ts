/** Offers text as a file download, made on the device (no request leaves it). */
export function saveTextFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox needs the URL a moment after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
