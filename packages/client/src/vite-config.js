// Plain JavaScript, typed by vite-config.d.ts: Vite hands a package imported by
// vite.config.ts to Node as it is, and Node 20 cannot load TypeScript.

/** @param {import('./vite-config').ClientViteOptions} options */
export function clientViteConfig({ base, port, plugins }) {
  return {
    ...(base ? { base } : {}),
    plugins,
    server: {
      port,
      strictPort: true,
      proxy: { '/graphql': 'http://localhost:4000' },
    },
    build: {
      // Maps are written for error reports but not linked from the bundles, and the API
      // refuses to serve .map files: the full client source stays off the public site.
      sourcemap: 'hidden',
      rolldownOptions: {
        output: {
          // Libraries change far less often than our code: separate chunks stay cached across releases.
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              },
              {
                name: 'apollo',
                test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/,
              },
            ],
          },
        },
      },
    },
  };
}
