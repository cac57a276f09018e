import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Vendor chunks only for what every page runs anyway (React and the router) and for echarts, which
 * only the chart routes load. antd, its rc-component family and icons are NOT grouped: antd 6 is
 * ESM and tree-shakes per named import, so each lazy route chunk carries just the components it
 * uses, and the first load of a public page only the shell's. Do not add a catch-all
 * `node_modules` group: it would pull every lazy route's dependencies into the first load again.
 */
const vendorGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
  // Everything else the entry imports statically (the shell, the landing page, antd's core) in
  // one chunk: every page needs all of it before it renders, and one file compresses ~5 KB better
  // than the ~35 small chunks the automatic splitting made of it (and is 4 requests, not 38).
  // `$initial` is decided before tree shaking, so this also moves a few modules of which the
  // first load runs nothing (antd's Collapse, reached through ConfigProvider's imports) out of
  // the lazy chunks: ~10 KB raw, less than the compression gain.
  { name: 'app', tags: ['$initial' as const] },
];

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Exact matches: `@toolbox/contracts/constants` (values without decorators, so without
    // class-validator) must not be read as a path under `@toolbox/contracts`.
    alias: [
      { find: /^@toolbox\/domain$/, replacement: fromHere('../../libs/domain/src/index.ts') },
      {
        find: /^@toolbox\/contracts\/constants$/,
        replacement: fromHere('../../libs/contracts/src/constants.ts'),
      },
      { find: /^@toolbox\/contracts$/, replacement: fromHere('../../libs/contracts/src/index.ts') },
    ],
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3001',
        changeOrigin: true,
      },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': {
        target: process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3001',
        changeOrigin: true,
      },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: {
        // libs/domain is pure by rule (no I/O, no globals), but it is consumed as source, without a
        // package.json `sideEffects: false` in reach; say so here so unused taxonomy tables drop out.
        // The same holds for the app's own modules (all of them only declare components, hooks and
        // tables) except the entry and the i18n start-up it imports for its effect. Without this,
        // a barrel imported by the shell (shared/ui, features/*/index.ts) drags every module it
        // re-exports, and their antd components, into the first load of every page.
        moduleSideEffects: [
          // Ant Design's rc-component family and its CSS-in-JS helpers only declare components and
          // functions but have no `sideEffects` in their package.json: without this, importing one
          // name from a package index (antd's ConfigProvider imports `FormProvider` from
          // `@rc-component/form`) keeps the whole package (Form, Field, the async validator) in
          // the first load.
          {
            test: /[\\/]node_modules[\\/](@rc-component[\\/]|@ant-design[\\/](cssinjs|cssinjs-utils|fast-color|colors)[\\/])/,
            sideEffects: false,
          },
          { test: /[\\/]libs[\\/]domain[\\/]src[\\/]/, sideEffects: false },
          { test: /[\\/]libs[\\/]contracts[\\/]src[\\/]constants\.ts$/, sideEffects: false },
          {
            test: /[\\/]apps[\\/]web[\\/]src[\\/](?!main\.tsx$|app[\\/]init-i18n\.ts$).*\.tsx?$/,
            sideEffects: false,
          },
        ],
      },
      output: {
        codeSplitting: {
          groups: vendorGroups,
        },
      },
    },
  },
});
