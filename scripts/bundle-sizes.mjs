// The JavaScript each client sends, read from its Vite build: what the first
// load costs (the entry chunk and every chunk its HTML preloads) and what
// waits in lazy chunks, raw and gzipped. Shared by report-bundle-sizes.mjs
// (printing, budget check) and the bench report.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** First-load gzip budgets in KiB (issue #11). */
export const BUDGETS_KB = { web: 140, admin: 180 };

/** @param {string} root the repository root */
export function measureClientBundles(root) {
  return Object.entries(BUDGETS_KB).map(([app, budgetKb]) => {
    const dist = path.join(root, 'apps', app, 'dist');
    const html = path.join(dist, 'index.html');
    if (!fs.existsSync(html)) return { app, built: false, budgetKb };
    const page = fs.readFileSync(html, 'utf8');
    const firstLoad = new Set(
      [...page.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.js)"/g)].map((match) => match[1]),
    );
    const files = fs
      .readdirSync(path.join(dist, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => {
        const bytes = fs.readFileSync(path.join(dist, 'assets', file));
        return {
          file,
          firstLoad: firstLoad.has(file),
          raw: bytes.length,
          gzip: zlib.gzipSync(bytes).length,
        };
      })
      .sort((a, b) => b.gzip - a.gzip);
    const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
    const first = files.filter((f) => f.firstLoad);
    const lazy = files.filter((f) => !f.firstLoad);
    const firstGzipKb = sum(first, 'gzip') / 1024;
    return {
      app,
      built: true,
      budgetKb,
      firstLoad: { files: first.length, rawKb: sum(first, 'raw') / 1024, gzipKb: firstGzipKb },
      lazy: {
        files: lazy.length,
        rawKb: sum(lazy, 'raw') / 1024,
        gzipKb: sum(lazy, 'gzip') / 1024,
      },
      withinBudget: firstGzipKb <= budgetKb,
      chunks: files,
    };
  });
}
