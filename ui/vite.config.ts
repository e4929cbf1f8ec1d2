import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The UI reads the same Fluent files as the Rust side, from ../locales.
export default defineConfig({
  base: "./",
  plugins: [react()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    fs: { allow: [".", "../locales"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The Linux webview is WebKitGTK 2.50 (Safari 15+ feature level).
    target: ["safari15", "es2021"],
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/testing/setupTests.ts"],
    css: false,
    restoreMocks: true,
    mockReset: true,
  },
});
