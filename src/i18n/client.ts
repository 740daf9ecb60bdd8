import { zhClient } from './ui/zh';
import { enClient } from './ui/en';
import type { ClientStrings } from './ui/index';

/** The client scripts' strings in the page's language, read from <html lang> (BaseLayout sets it). */
export function clientStrings(): ClientStrings {
  return document.documentElement.lang === 'en' ? enClient : zhClient;
}
