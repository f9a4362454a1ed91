// Writes public/icon/{16,32,48,128}.png: a lens (ring + handle) over a quotation mark on a rounded blue square. PNG encoded by hand with node:zlib.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel((x + 0.5) / size, (y + 0.5) / size, 1 / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const clamp = (v) => Math.max(0, Math.min(1, v));
/** Distance from (x, y) to the segment (ax, ay)–(bx, by), and where along it (0–1) the nearest point lies. */
function segment(x, y, ax, ay, bx, by) {
  const [vx, vy] = [bx - ax, by - ay];
  const t = clamp(((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy));
  return { d: Math.hypot(x - (ax + t * vx), y - (ay + t * vy)), t };
}
// A lens over a quotation mark: News Lens looks at who is quoted (a bare lens read as "find in page").
function lens(x, y, px) {
  // Rounded square background.
  const r = 0.2,
    dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0),
    dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  const bgAlpha = clamp((r - Math.hypot(dx, dy)) / px + 0.5);
  const ring = Math.abs(Math.hypot(x - 0.43, y - 0.43) - 0.29);
  const ringAlpha = clamp((0.045 - ring) / px + 0.5);
  const handle = segment(x, y, 0.65, 0.65, 0.84, 0.84).d;
  const handleAlpha = clamp((0.075 - handle) / px + 0.5);
  // The mark ”: two blobs, each with a tail falling to the left and thinning.
  let mark = 0;
  for (const cx of [0.35, 0.54]) {
    const blob = Math.hypot(x - cx, y - 0.39) - 0.075;
    const tail = segment(x, y, cx + 0.045, 0.41, cx - 0.035, 0.58);
    const width = 0.06 - 0.035 * tail.t;
    mark = Math.max(mark, clamp(-blob / px + 0.5), clamp((width - tail.d) / px + 0.5));
  }
  const white = Math.max(ringAlpha, handleAlpha, mark);
  const [br, bg, bb] = [37, 87, 214];
  return [
    Math.round(br + (255 - br) * white),
    Math.round(bg + (255 - bg) * white),
    Math.round(bb + (255 - bb) * white),
    Math.round(255 * bgAlpha),
  ];
}
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size, lens));
console.log('icons written to public/icon/');
