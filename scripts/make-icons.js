#!/usr/bin/env node
// Draws Silkworm's icons (app icon at every size electron-builder needs, tray state icons, macOS tray
// templates) as PNGs with no dependencies. Run `node scripts/make-icons.js`; the output is committed.
import { deflateSync, crc32 } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../resources');

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// A cocoon: a filled disc wrapped in three thread bands. Edges antialiased by distance.
function cocoon(color, bg) {
  return (u, v) => {
    const dx = u - 0.5,
      dy = v - 0.5;
    const d = Math.hypot(dx, dy);
    const edge = Math.min(1, Math.max(0, (0.46 - d) * 40));
    if (edge <= 0) return bg ?? [0, 0, 0, 0];
    const band = Math.abs(Math.sin((dx * 0.8 + dy) * 18)) > 0.82;
    const [r, g, b] = band ? color.map((c) => Math.round(c * 0.55 + 255 * 0.45)) : color;
    return [r, g, b, Math.round(255 * edge)];
  };
}

const brand = [36, 99, 235];
mkdirSync(path.join(out, 'icons'), { recursive: true });
mkdirSync(path.join(out, 'tray'), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
  writeFileSync(path.join(out, 'icons', `${size}x${size}.png`), png(size, cocoon(brand)));
}
writeFileSync(path.join(out, 'icon.png'), png(1024, cocoon(brand)));
const states = { serving: [22, 163, 74], paused: [217, 119, 6], error: [220, 38, 38] };
for (const [name, color] of Object.entries(states)) {
  writeFileSync(path.join(out, 'tray', `tray-${name}.png`), png(16, cocoon(color)));
  writeFileSync(path.join(out, 'tray', `tray-${name}@2x.png`), png(32, cocoon(color)));
  // macOS template images: black with alpha; the system tints them.
  writeFileSync(path.join(out, 'tray', `tray-${name}Template.png`), png(16, cocoon([0, 0, 0])));
  writeFileSync(path.join(out, 'tray', `tray-${name}Template@2x.png`), png(32, cocoon([0, 0, 0])));
}
console.log(`icons written to ${out}`);
