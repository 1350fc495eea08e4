/**
 * Where to go after signing in. Only same-origin relative paths are allowed ("/t/acme/modules");
 * protocol-relative ("//evil.example"), backslash tricks ("/\\evil"), absolute URLs and anything
 * that would leave the site fall back to "/". The sign-in page itself also falls back to "/".
 */
export function safeCallbackUrl(raw: string | string[] | null | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  // eslint-disable-next-line no-control-regex -- reject control characters and whitespace tricks
  if (/[\u0000-\u001f\u007f\s\\]/.test(value)) return "/";
  const base = "http://callback.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== base) return "/";
  if (url.pathname === "/login" || url.pathname.startsWith("/login/") || url.pathname.startsWith("/api/")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
