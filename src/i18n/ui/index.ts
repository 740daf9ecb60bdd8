import type { Lang } from '../lang';
import { zh, type zhClient } from './zh';
import { en } from './en';

/** The shape of zh.ts with every string widened, so en.ts must have exactly the same keys. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : { [K in keyof T]: Widen<T[K]> };
export type UiStrings = Widen<typeof zh>;
export type ClientStrings = Widen<typeof zhClient>;

const STRINGS: Record<Lang, UiStrings> = { zh, en };

/** The UI strings of one language: `ui(lang).site.title`. */
export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}
