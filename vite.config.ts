import { defineConfig } from 'vite';

// The dashboard: src/web → dist/web, served by `plantrack serve` under /. Built by `npm ci` (prepare).
export default defineConfig({
  root: 'src/web',
  base: '/',
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
