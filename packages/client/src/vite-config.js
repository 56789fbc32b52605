// Plain JavaScript, typed by vite-config.d.ts: Vite hands a package imported by
// vite.config.ts to Node as it is, and Node 20 cannot load TypeScript.

/** @param {import('./vite-config').ClientViteOptions} options */
export function clientViteConfig({ base, port, plugins }) {
  return {
    ...(base ? { base } : {}),
    plugins,
    resolve: {
      // Vite's default client conditions, after 'es2015': rxjs then resolves to its ES2015
      // build instead of the ES5 one (classes not compiled down), about 1.7 KB gzip less.
      // No other package the clients use publishes an 'es2015' condition.
      conditions: ['es2015', 'module', 'browser', 'development|production'],
    },
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
