/**
 * In a frame sandboxed without allow-same-origin the page's origin is opaque, and the browser
 * refuses fetch() to our own files (a static host sends no CORS headers). Charts fetch their zoom
 * levels and details on demand, so there fetch() of our files is answered instead from each file's
 * classic-script twin (<file>.js, written at build time by classicScriptsIntegration.ts), which
 * loads from any origin.
 */
type Arrive = (text: string) => void;

const waiting = new Map<string, Arrive>();
const TYPES: Record<string, string> = { svg: 'image/svg+xml', json: 'application/json', html: 'text/html' };

/** The twin of a file URL: a directory's index.html, or the file itself, plus ".js". */
export function twinUrl(url: URL): string {
  return `${url.origin}${url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname}.js`;
}

function loadTwin(url: URL): Promise<Response> {
  const src = twinUrl(url);
  const extension = /\.(\w+)\.js$/.exec(src)?.[1] ?? 'html';
  return new Promise((resolve) => {
    const script = document.createElement('script');
    waiting.set(src, (text) =>
      resolve(new Response(text, { status: 200, headers: { 'Content-Type': `${TYPES[extension] ?? 'text/plain'}; charset=utf-8` } })),
    );
    script.onerror = () => resolve(new Response(null, { status: 404 }));
    script.onload = () => {
      waiting.delete(src);
      script.remove();
    };
    script.src = src;
    document.head.append(script);
  });
}

export function answerFetchFromTwins(): void {
  if (window.origin !== 'null') return;
  (window as unknown as { __jinchengResource: (src: string, text: string) => void }).__jinchengResource = (src, text) =>
    waiting.get(src)?.(text);
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    return url.origin === location.origin && method === 'GET' ? loadTwin(url) : fetchFromNetwork(input, init);
  };
}
