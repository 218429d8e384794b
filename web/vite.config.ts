import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * React and TanStack Query get long-lived chunks of their own; Ant Design is left to the bundler so
 * each page loads only the components it uses (the first load stays near 300 KB gzipped).
 */
const vendorGroups: [string, RegExp][] = [
  ['react', /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/],
  ['query', /node_modules[\\/]@tanstack[\\/]/],
];

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorGroups.map(([name, test]) => ({ name, test })),
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
