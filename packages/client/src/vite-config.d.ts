import type { PluginOption, UserConfig } from 'vite';

export interface ClientViteOptions {
  /** Where the app is served; the dashboard lives under /admin/. */
  base?: string;
  /** The development server's port; each app has its own. */
  port: number;
  /** The React plugin, passed in because each app installs its own copy. */
  plugins: PluginOption[];
}

/**
 * The Vite configuration both clients share. In development the API on :4000
 * is proxied, so the session cookie stays same-origin exactly as in production.
 */
export declare function clientViteConfig(options: ClientViteOptions): UserConfig;
