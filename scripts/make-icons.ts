/**
 * Draws Tote's toolbar icon (a tote bag: rounded body, handle) at each manifest size and writes
 * icons/tote-<size>.png. Run once after changing the design; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BODY: [number, number, number] = [35, 99, 235];
const HANDLE: [number, number, number] = [30, 64, 175];

/** Coverage of a pixel centre (x, y in 0..1 units) by the shape: 1 inside, 0 outside. */
function shade(x: number, y: number): [number, number, number, number] {
  const inBody = x > 0.12 && x < 0.88 && y > 0.34 && y < 0.9 && roundedCorner(x, y, 0.12, 0.34, 0.88, 0.9, 0.08);
  if (inBody) return [...BODY, 255];
  const dx = x - 0.5;
  const dy = y - 0.36;
  const ring = Math.hypot(dx / 0.24, dy / 0.26);
  if (y < 0.36 && ring > 0.72 && ring < 1) return [...HANDLE, 255];
  return [0, 0, 0, 0];
}

function roundedCorner(x: number, y: number, left: number, top: number, right: number, bottom: number, r: number): boolean {
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

function png(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let s = 0; s < samples * samples; s++) {
        const color = shade((px + ((s % samples) + 0.5) / samples) / size, (py + (Math.floor(s / samples) + 0.5) / samples) / size);
        for (let c = 0; c < 4; c++) sum[c]! += color[c]! * (c === 3 ? 1 : color[3]! / 255);
      }
      const alpha = sum[3]! / (samples * samples);
      for (let c = 0; c < 3; c++) row[1 + px * 4 + c] = alpha ? Math.round(sum[c]! / (samples * samples) / (alpha / 255)) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

for (const size of SIZES) writeFileSync(join(import.meta.dirname, '..', 'icons', `tote-${size}.png`), png(size));
