// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import freshBuild from './scripts/fresh-build.mjs';
import { classicEmbedScripts } from './src/lib/embed/classicScriptsIntegration.ts';
import { PLACEHOLDER_SITE } from './src/lib/embed/placeholderSite.ts';

// SITE is the published address (scheme and host), BASE its sub-path. The embed code, canonical
// URLs, oEmbed and the sitemap all use it; without SITE the build uses a placeholder and the 嵌入
// dialog says so (src/lib/embed/siteRoot.ts).
const site = process.env.SITE || PLACEHOLDER_SITE;
const base = process.env.BASE ?? '/';

// Pages that carry noindex stay out of the sitemap: not-found, embeds, search results, and the
// treemap's and Sankey's per-level pages (fetched by the charts, linked for readers without JavaScript).
export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Chinese keeps the site's URLs; the English edition mirrors every reader page under /en/
  // (src/i18n/lang.ts). Astro.currentLocale tells a component which one it is rendering.
  i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } },
  integrations: [
    freshBuild(),
    mdx(),
    classicEmbedScripts(),
    sitemap({
      // The pattern matches the English copies under /en/ too; i18n pairs each page with its twin (xhtml:link alternates).
      filter: (page) => !/\/(404|embed|search|treemap\/levels|flow\/details)\//.test(new URL(page).pathname),
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
    }),
  ],
  build: { inlineStylesheets: 'never' },
  // Plain code blocks: the highlighter's comment colours fail the 4.5:1 contrast check.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Never inline scripts: the Content-Security-Policy allows scripts from this site's files only.
  vite: { build: { assetsInlineLimit: 0 } },
});
