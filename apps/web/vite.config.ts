import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Vendor chunks: antd (and its rc-component/icon family) and echarts change rarely and are big. */
const vendorGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  {
    name: 'vendor-antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|@emotion|dayjs|clsx)[\\/]/,
  },
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
  {
    name: 'vendor',
    test: /node_modules[\\/]/,
  },
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
        moduleSideEffects: [{ test: /[\\/]libs[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          groups: vendorGroups,
        },
      },
    },
  },
});
