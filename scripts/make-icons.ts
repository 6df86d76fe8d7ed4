/**
 * Draws the toolbar icon (a page with text lines, one highlighted) at 16/32/48/128 px and
 * writes PNGs to assets/icon/. Run with `npx tsx scripts/make-icons.ts`; the PNGs are
 * committed, so the build does not depend on this script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

const PAPER: RGBA = [255, 255, 255, 255];
const FRAME: RGBA = [179, 38, 30, 255];
const LINE: RGBA = [96, 96, 96, 255];
const MARK: RGBA = [255, 196, 0, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

/** Colour at (x, y) in a unit square, for the icon drawn in a 0…1 coordinate space. */
function shade(x: number, y: number): RGBA {
  const r = 0.16;
  const inRounded = (px: number, py: number): boolean => {
    const cx = Math.min(Math.max(px, r), 1 - r);
    const cy = Math.min(Math.max(py, r), 1 - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  if (!inRounded(x, y)) return CLEAR;
  if (x < 0.12 || x > 0.88 || y < 0.12 || y > 0.88) return FRAME;
  const rows = [0.26, 0.42, 0.58, 0.74];
  for (const [i, row] of rows.entries()) {
    if (Math.abs(y - row) < 0.055) {
      if (i === 2 && x > 0.2 && x < 0.8) return MARK;
      const right = i === 3 ? 0.6 : 0.8;
      if (x > 0.2 && x < right) return LINE;
    }
  }
  return PAPER;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(size: number): Buffer {
  const samples = 4; // supersampling per axis
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 4; i++) acc[i]! += c[i]! * (i < 3 ? c[3]! / 255 : 1);
        }
      }
      const n = samples * samples;
      const alpha = acc[3]! / n;
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++)
        raw[offset + i] = alpha ? Math.round(acc[i]! / n / (alpha / 255)) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

mkdirSync('assets/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`assets/icon/${size}.png`, png(size));
console.log('wrote assets/icon/{16,32,48,128}.png');
