import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelSpot } from './label-placement';

/** placeLabels where every name is expected to find a spot. */
function placed(...args: Parameters<typeof placeLabels>): LabelSpot[] {
  const spots = placeLabels(...args);
  expect(spots).not.toContain(null);
  return spots as LabelSpot[];
}

const boxOf = (spot: LabelSpot, text: string, charWidth: number) => {
  const w = text.length * charWidth;
  const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - w : spot.x - w / 2;
  return { left, right: left + w, top: spot.y - 8, bottom: spot.y + 2 };
};

const W = 320;
const H = 200;

describe('placeLabels', () => {
  it.each([
    ['a pin in open space gets its name on the right', { x: 100, y: 100 }, 'start'],
    ['a pin near the right edge gets its name on the left', { x: 300, y: 100 }, 'end'],
    ['a pin in a corner where neither side fits goes above or below', { x: 4, y: 100 }, 'start'],
  ])('%s', (_, at, anchor) => {
    const [spot] = placed([{ ...at, radius: 6, text: 'Almaty' }], W, H);
    expect(spot.anchor).toBe(anchor);
  });

  it('moves a second name off the first one', () => {
    const [a, b] = placed(
      [
        { x: 40, y: 150, radius: 6, text: 'Zhanaozen' },
        { x: 30, y: 148, radius: 6, text: 'Aktau' },
      ],
      W,
      H,
    );
    expect(a.anchor).toBe('start');
    expect([b.anchor, b.y]).not.toEqual([a.anchor, a.y]);
    // Aktau's box must not overlap Zhanaozen's (x 49..99, y ~144..156)
    const aktauRight = b.anchor === 'start' ? b.x + 28 : b.anchor === 'end' ? b.x : b.x + 14;
    const clear = aktauRight <= a.x || b.y <= a.y - 10 || b.y - 8 >= a.y + 2;
    expect(clear).toBe(true);
  });

  it('slides a name that fits nowhere back inside the map (top-right corner)', () => {
    const [spot] = placed([{ x: 316, y: 2, radius: 5, text: 'Nur-Sultan' }], W, H);
    const w = 'Nur-Sultan'.length * 5.6;
    const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - w : spot.x - w / 2;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + w).toBeLessThanOrEqual(W + 1e-9);
    expect(spot.y - 8).toBeGreaterThanOrEqual(0);
  });

  it('keeps a name off a neighbouring pin, labelled or not', () => {
    const [spot] = placed([{ x: 100, y: 100, radius: 6, text: 'Aktau' }], W, H, [
      { x: 100, y: 100, radius: 6 },
      { x: 120, y: 102, radius: 4 },
    ]);
    expect(spot.anchor).not.toBe('start');
  });

  it('when right, left, above and below are all taken, a corner is used before a name covers a pin', () => {
    const pin = { x: 120, y: 80, radius: 6, text: 'Columbia' };
    // Pins just right, left, above and below the name's four usual places.
    const dots = [
      pin,
      { x: 150, y: 82, radius: 3 },
      { x: 90, y: 82, radius: 3 },
      { x: 120, y: 68, radius: 2 },
      { x: 120, y: 94, radius: 2 },
    ];
    const [spot] = placed([pin], W, H, dots, 6.3);
    const w = pin.text.length * 6.3;
    const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - w : spot.x - w / 2;
    const box = { left, right: left + w, top: spot.y - 8, bottom: spot.y + 2 };
    for (const d of dots.slice(1)) {
      const covered =
        box.left < d.x + d.radius &&
        d.x - d.radius < box.right &&
        box.top < d.y + d.radius &&
        d.y - d.radius < box.bottom;
      expect(covered, `${d.x},${d.y}`).toBe(false);
    }
  });

  it('a name with no spot clear of the names already placed is left off, never drawn over another', () => {
    // Six pins in one small cluster of a small map: the first names fit, the later ones have nowhere left.
    const names = ['Charleston', 'Columbia', 'Greenville', 'Spartanburg', 'Rock Hill', 'Florence'];
    const pins = names.map((text, i) => ({ x: 40 + (i % 2) * 4, y: 30 + i * 3, radius: 4, text }));
    const spots = placeLabels(pins, 120, 70, pins, 6.3);
    expect(spots[0]).not.toBeNull();
    expect(spots.some((s) => s === null)).toBe(true);
    const drawn = spots.flatMap((s, i) => (s ? [boxOf(s, names[i], 6.3)] : []));
    for (const [i, a] of drawn.entries()) {
      for (const b of drawn.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    }
  });
});
