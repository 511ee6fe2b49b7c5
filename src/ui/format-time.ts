/** A clock time in the person's locale: "14:05" / "2:05 PM". */
export function formatTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
