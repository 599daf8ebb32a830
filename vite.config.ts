/**
 * Vite build of the PWA: React, the Workbox service worker (registerType 'prompt': a new version is
 * applied only when the user chooses), the web app manifest, the dev proxy to the sync server, and a
 * build target for the Android Chrome 100+ tablets in the field.
 */
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const BRAND = '#1456b8';

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // registered by useRegisterSW in src/app/UpdatePrompt.tsx
      includeManifestIcons: false, // already precached by globPatterns below
      manifest: {
        id: '/',
        name: '代办 · 村级便民服务',
        short_name: '代办',
        description: '村级便民服务站代办系统：事项目录、办事指南、代办受理与进度跟踪。',
        lang: 'zh-CN',
        dir: 'ltr',
        display: 'standalone',
        orientation: 'any',
        start_url: '/',
        scope: '/',
        theme_color: BRAND,
        background_color: '#f3f5f8',
        categories: ['government', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell: every built script, style, page, icon and font.
        globPatterns: ['**/*.{js,css,html,png,svg,ico,woff,woff2}'], // the manifest is added by the plugin
        // ECharts serves only the online dashboards (supervisors, township staff): village tablets do not
        // download ~0.5 MB for it on install; the dashboard fetches it when opened.
        globIgnores: ['**/echarts-*.js'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/progress\//], // 办事进度查询 is the server's own page
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: ['chrome100', 'safari15'],
    cssTarget: ['chrome100', 'safari15'],
    // Maps for debugging a field report, without the comment that makes browsers fetch them.
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React, the router and the stores change rarely: their own long-cached chunk.
            {
              name: 'react-vendor',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|zustand)[\\/]/,
              priority: 20,
            },
            // ECharts (zrender included) as one named chunk, left out of the precache above.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 15 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:8787', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://localhost:8787', changeOrigin: false },
    },
  },
});
