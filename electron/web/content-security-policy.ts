/**
 * The policy browser mode sends as a header. The renderer's index.html carries the same
 * directives in a `<meta>` tag (the desktop app loads it from a file, where there is no header),
 * but a `<meta>` policy cannot forbid framing: `frame-ancestors` works only as a header, and it
 * stops another site from framing the app to trick clicks out of its user.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    // The built-in voice is WebAssembly; a flow's Play and Hold music may be on any web address.
    "script-src 'self' 'wasm-unsafe-eval'",
    "media-src 'self' https: http:",
    "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
