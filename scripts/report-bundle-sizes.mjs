// Part of `npm run bench`: each client's JavaScript, first load and lazy, raw
// and gzipped, against its first-load budget (run `npm run build` first).
//   --json   print the figures as JSON (the bench report reads them)
//   --check  exit 1 when a client is over budget or not built
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureClientBundles } from './bundle-sizes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = measureClientBundles(root);
const args = new Set(process.argv.slice(2));

if (args.has('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const kb = (value) => `${value.toFixed(1)} KB`;
  for (const r of results) {
    if (!r.built) {
      console.log(`${r.app}: not built (run npm run build)`);
      continue;
    }
    console.log(
      `${r.app.padEnd(5)} first load ${kb(r.firstLoad.rawKb)} (${kb(r.firstLoad.gzipKb)} gzip, budget ${r.budgetKb} KB: ${r.withinBudget ? 'within' : 'OVER'}) in ${r.firstLoad.files} files; ` +
        `${r.lazy.files} lazy chunks ${kb(r.lazy.rawKb)} (${kb(r.lazy.gzipKb)} gzip)`,
    );
  }
}

if (args.has('--check')) {
  const failed = results.filter((r) => !r.built || !r.withinBudget);
  for (const r of failed) {
    console.error(
      r.built
        ? `${r.app}: first-load JavaScript is ${r.firstLoad.gzipKb.toFixed(1)} KB gzipped, over its ${r.budgetKb} KB budget. ` +
            'Move heavy views behind a lazy route, or see bench/results/latest.md for what takes the bytes.'
        : `${r.app}: no build to check (run npm run build first).`,
    );
  }
  if (failed.length > 0) process.exit(1);
}
