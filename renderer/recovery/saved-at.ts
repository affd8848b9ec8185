/** When an autosave was made, as a person says it: "just now", "5 minutes ago", or the date. */
export function describeSavedAt(savedAt: string, now: Date = new Date()): string {
  const then = new Date(savedAt);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (Number.isNaN(seconds)) return 'at an unknown time';
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  return `on ${then.toLocaleString()}`;
}
