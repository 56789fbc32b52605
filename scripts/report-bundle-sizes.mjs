// Part of `npm run bench`: the JavaScript each client sends, raw and gzipped,
// read from the Vite builds (run `npm run build` first). The first-load figure
// is the entry chunk plus the chunks its HTML preloads; route chunks are lazy.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

for (const app of ['web', 'admin']) {
  const dist = path.join('apps', app, 'dist');
  const html = path.join(dist, 'index.html');
  if (!fs.existsSync(html)) {
    console.log(`${app}: not built (run npm run build)`);
    continue;
  }
  const page = fs.readFileSync(html, 'utf8');
  const firstLoad = new Set(
    [...page.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.js)"/g)].map((match) => match[1]),
  );
  const assets = fs.readdirSync(path.join(dist, 'assets')).filter((file) => file.endsWith('.js'));
  let first = { raw: 0, gzip: 0 };
  let lazy = { raw: 0, gzip: 0, count: 0 };
  for (const file of assets) {
    const bytes = fs.readFileSync(path.join(dist, 'assets', file));
    const size = { raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
    if (firstLoad.has(file)) first = { raw: first.raw + size.raw, gzip: first.gzip + size.gzip };
    else lazy = { raw: lazy.raw + size.raw, gzip: lazy.gzip + size.gzip, count: lazy.count + 1 };
  }
  console.log(
    `${app.padEnd(5)} first load ${kb(first.raw)} (${kb(first.gzip)} gzip) in ${firstLoad.size} files; ` +
      `${lazy.count} lazy chunks ${kb(lazy.raw)} (${kb(lazy.gzip)} gzip)`,
  );
}
