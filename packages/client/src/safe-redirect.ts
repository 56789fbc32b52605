/**
 * Where to go after signing in. Only paths inside this app are accepted, so a
 * crafted link cannot send someone to another site ("//evil.example", "https:…").
 */
export function safeNextPath(raw: string | null | undefined, fallback: string): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return fallback;
  }
  return raw;
}
