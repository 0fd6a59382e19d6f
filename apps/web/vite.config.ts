import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API server runs on :3001 and Vite proxies to it, so the page still talks
// only to its own origin (as it does in production, where the server serves dist/).
const apiServer = "http://localhost:3001";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/api": apiServer,
      "/socket.io": { target: apiServer, ws: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server's CSP allows no inline script or style: keep every asset a file of its own.
    assetsInlineLimit: 0,
  },
});
