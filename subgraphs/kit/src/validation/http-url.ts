/** Whether `text` is an absolute http:// or https:// URL (evidence links, publication addresses). */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
