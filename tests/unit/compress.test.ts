// Article copies go through gzip and base64 and come back byte for byte, with any Unicode text.
import { describe, expect, it } from 'vitest';
import { fromBase64, gunzip, gzip, toBase64 } from '../../services/compress';

describe('compress', () => {
  it('gzip + base64 round-trips and compresses repetitive text', async () => {
    const text = 'Ça va — “quoted” 東京 🙂 '.repeat(5000);
    const packed = await gzip(text);
    expect(packed.length).toBeLessThan(text.length / 20);
    const b64 = toBase64(packed);
    expect(b64).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(await gunzip(fromBase64(b64))).toBe(text);
  });
});
