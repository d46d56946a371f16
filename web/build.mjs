// Builds the page into src/Isnad.Web/wwwroot: the ES modules bundled into one script, the CSS with the Arabic font
// files from @fontsource (served by Isnad itself, no CDN), and index.html. The output folder is emptied first.
import * as esbuild from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'Isnad.Web', 'wwwroot');

await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'assets'), { recursive: true });
await esbuild.build({
  entryPoints: { app: join(here, 'src', 'main.js'), style: join(here, 'src', 'style.css') },
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: true,
  outdir: join(out, 'assets'),
  loader: { '.woff2': 'file', '.woff': 'file' },
  assetNames: 'fonts/[name]-[hash]',
  logLevel: 'warning',
});
await cp(join(here, 'src', 'index.html'), join(out, 'index.html'));
console.log(`isnad-web: built into ${out}`);
