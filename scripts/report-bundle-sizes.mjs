// Part of `npm run bench`: each client's JavaScript, first load and lazy, raw
// and gzipped, against its first-load budget (run `npm run build` first).
//   --json   print the figures as JSON (the bench report reads them)
//   --check  exit 1 when a client is over budget or not built (npm test runs this)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureClientBundles } from './bundle-sizes.mjs';

// Clients whose budget is reported but does not fail --check yet (none today:
// both clients are within budget since they moved to declarative routes; see
// the README's Benchmarks section and issue #11). A client added here must be
// taken out in the change that brings it within budget.
const REPORTED_ONLY = new Set([]);

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
  const over = results.filter((r) => !r.built || !r.withinBudget);
  for (const r of over.filter((r) => r.built && REPORTED_ONLY.has(r.app))) {
    console.warn(
      `${r.app}: first-load JavaScript is ${r.firstLoad.gzipKb.toFixed(1)} KB gzipped, over its ${r.budgetKb} KB budget ` +
        '(reported only for now; see REPORTED_ONLY in scripts/report-bundle-sizes.mjs).',
    );
  }
  const failed = over.filter((r) => !r.built || !REPORTED_ONLY.has(r.app));
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
