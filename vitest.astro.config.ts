/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, for the tests that render .astro components (see vitest.config.ts).
export default getViteConfig({ test: { testTimeout: 60_000 } });
