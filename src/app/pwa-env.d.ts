/// <reference types="vite-plugin-pwa/react" />

/** The app version from package.json, set by vite.config.ts. */
declare const __APP_VERSION__: string;
