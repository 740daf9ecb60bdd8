// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import freshBuild from './scripts/fresh-build.mjs';

// SITE and BASE let the site be published under any host and sub-path.
const site = process.env.SITE ?? 'https://jincheng-budget.example.org';
const base = process.env.BASE ?? '/';

// Pages that carry noindex stay out of the sitemap: not-found, embeds, search results, and the
// treemap's and Sankey's per-level pages (fetched by the charts, linked for readers without JavaScript).
export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [freshBuild(), mdx(), sitemap({ filter: (page) => !/\/(404|embed|search|treemap\/levels|flow\/details)\//.test(new URL(page).pathname) })],
  build: { inlineStylesheets: 'never' },
  // Plain code blocks: the highlighter's comment colours fail the 4.5:1 contrast check.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Never inline scripts: the Content-Security-Policy allows scripts from this site's files only.
  vite: { build: { assetsInlineLimit: 0 } },
});
