import { clientViteConfig } from '@rapport/client/vite-config';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The agency dashboard, served under /admin next to the seeker app.
export default defineConfig(clientViteConfig({ base: '/admin/', port: 5174, plugins: [react()] }));
