// The sharp half of feedcard's card benchmark (issue 6):
//   node bench/sharp/cards.mjs IN_DIR OUT_DIR [--jobs 2] [--threads 1]
// Turns every JPEG/PNG/WebP in IN_DIR (sorted by name) into OUT_DIR/<name>.jpg: 1200x630,
// fit 'cover' around the centre, JPEG quality 85 - what feedcard's cards are.
// Two images at a time (a pool of --jobs pipelines, default 2, one per core of the benchmark
// machine), and libvips limited to --threads threads per image (sharp.concurrency, default 1), so that
// both tools use the two cores the same way: one image per core. sharp's own default on glibc Linux
// is also 1 thread per image.
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const args = process.argv.slice(2);
const positional = [];
let jobs = 2;
let threads = 1;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--jobs') jobs = Number(args[++i]);
  else if (args[i] === '--threads') threads = Number(args[++i]);
  else positional.push(args[i]);
}
if (positional.length !== 2 || !(jobs >= 1) || !(threads >= 1)) {
  console.error('usage: node cards.mjs IN_DIR OUT_DIR [--jobs 2] [--threads 1]');
  process.exit(2);
}
const [inDir, outDir] = positional;

sharp.concurrency(threads);
sharp.cache(false); // each image is used once; no point caching decoded tiles across images

const files = (await readdir(inDir))
  .filter((f) => /\.(jpe?g|png|webp)$/i.test(f))
  .sort();
await mkdir(outDir, { recursive: true });

const start = process.hrtime.bigint();
let next = 0;
async function worker() {
  while (next < files.length) {
    const f = files[next++];
    const out = path.join(outDir, f.replace(/\.[^.]+$/, '') + '.jpg');
    await sharp(path.join(inDir, f))
      .resize(1200, 630, { fit: 'cover', position: 'centre' })
      .jpeg({ quality: 85 })
      .toFile(out);
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, worker));
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}): ${files.length} cards in ${(ms / 1000).toFixed(2)} s`
  + ` (${jobs} at a time, ${threads} libvips thread(s) each) -> ${outDir}`);
