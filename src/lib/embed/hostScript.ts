// Entry point of /embed.js: a classic script, run once however often a page includes it.
import { startHost } from './host';

const flag = '__jinchengEmbed';
const script = document.currentScript as HTMLScriptElement | null;
const host = window as unknown as Record<string, boolean>;
if (script?.src && !host[flag]) {
  host[flag] = true;
  startHost(script.src);
}
