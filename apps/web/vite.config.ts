import { clientViteConfig } from '@rapport/client/vite-config';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The seeker app, served at /.
export default defineConfig(clientViteConfig({ port: 5173, plugins: [react()] }));
