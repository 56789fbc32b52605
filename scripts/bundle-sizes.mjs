// The JavaScript each client sends, read from its Vite build: what the first
// load costs (the entry chunk and every chunk its HTML preloads) and what
// waits in lazy chunks, raw and gzipped. Shared by report-bundle-sizes.mjs
// (printing, budget check) and the bench report.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** First-load gzip budgets in KiB (issue #11). */
export const BUDGETS_KB = { web: 140, admin: 180 };

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source-map VLQ segments of one generated line: [column, sourceIndex?, ...]. */
function decodeLine(line, state) {
  const segments = [];
  for (const text of line.split(',')) {
    if (!text) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of text) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.column += values[0];
    if (values.length > 1) state.source += values[1];
    segments.push({ column: state.column, source: values.length > 1 ? state.source : -1 });
  }
  return segments;
}

/** Who a source file belongs to: an npm package, one of our packages, or an app. */
function ownerOf(source) {
  const npm = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  if (npm) return npm[1];
  const ours = /(packages|apps)\/([^/]+)\//.exec(source);
  return ours ? `${ours[1]}/${ours[2]}` : source;
}

/**
 * Bytes of generated code per owner, read from a chunk's source map: each
 * mapping segment runs until the next one on its line. Raw bytes, not gzip:
 * gzip compresses across owners, so a per-owner gzip figure would be made up.
 */
function bytesByOwner(code, map) {
  const lines = code.split('\n');
  const owners = new Map();
  const state = { column: 0, source: 0 };
  map.mappings.split(';').forEach((mapping, lineIndex) => {
    state.column = 0;
    const segments = decodeLine(mapping, state);
    const length = lines[lineIndex]?.length ?? 0;
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? length;
      const owner = segment.source < 0 ? '(generated)' : ownerOf(map.sources[segment.source]);
      owners.set(owner, (owners.get(owner) ?? 0) + (end - segment.column));
    });
  });
  return owners;
}

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
    const owners = new Map();
    for (const chunk of first) {
      const mapFile = path.join(dist, 'assets', `${chunk.file}.map`);
      if (!fs.existsSync(mapFile)) continue;
      const code = fs.readFileSync(path.join(dist, 'assets', chunk.file), 'utf8');
      for (const [owner, bytes] of bytesByOwner(
        code,
        JSON.parse(fs.readFileSync(mapFile, 'utf8')),
      )) {
        owners.set(owner, (owners.get(owner) ?? 0) + bytes);
      }
    }
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
      packages: [...owners]
        .map(([name, bytes]) => ({ name, rawKb: bytes / 1024 }))
        .sort((a, b) => b.rawKb - a.rawKb),
    };
  });
}
