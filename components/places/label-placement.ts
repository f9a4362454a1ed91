// Where each pin's name goes: to the right unless that runs off the map or over a name already placed, then
// left, above or below. Greedy in the given order, so callers pass the most important pins first. A name with no
// spot clear of the names already placed is left off the map (null): the pin keeps its name as its accessible name
// and in the list below the map, and names drawn over each other would be read as neither.

export interface LabelInput {
  x: number;
  y: number;
  radius: number;
  text: string;
}

export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Rough width of a 10 px sans-serif name; exact metrics need a layout the map does not have. */
const CHAR_WIDTH = 5.6;
const LINE = 10;
const GAP = 3;

function candidates({ x, y, radius, text }: LabelInput, charWidth: number): Array<LabelSpot & { box: Box }> {
  const w = text.length * charWidth;
  const r = radius + GAP;
  const spot = (lx: number, ly: number, anchor: LabelSpot['anchor']) => {
    const left = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
    return { x: lx, y: ly, anchor, box: { left, right: left + w, top: ly - LINE + 2, bottom: ly + 2 } };
  };
  const near = [
    spot(x + r, y + 4, 'start'),
    spot(x - r, y + 4, 'end'),
    spot(x, y - r, 'middle'),
    spot(x, y + r + LINE - 2, 'middle'),
  ];
  // On a crowded map: the corners, then a line further up or down, before a name is allowed to overlap another.
  const corners = [
    spot(x + r, y - r, 'start'),
    spot(x + r, y + r + LINE - 2, 'start'),
    spot(x - r, y - r, 'end'),
    spot(x - r, y + r + LINE - 2, 'end'),
  ];
  const further = [spot(x, y - r - LINE, 'middle'), spot(x, y + r + 2 * LINE - 2, 'middle')];
  return [...near, ...corners, ...further];
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, width: number, height: number) =>
  a.left >= 0 && a.right <= width && a.top >= 0 && a.bottom <= height;

/** Slides a name that fits nowhere back inside the map rather than letting it be cut off. */
function clamp(c: LabelSpot & { box: Box }, width: number, height: number): LabelSpot & { box: Box } {
  const dx = Math.max(-c.box.left, Math.min(0, width - c.box.right));
  const dy = Math.max(-c.box.top, Math.min(0, height - c.box.bottom));
  const box = { left: c.box.left + dx, right: c.box.right + dx, top: c.box.top + dy, bottom: c.box.bottom + dy };
  return { x: c.x + dx, y: c.y + dy, anchor: c.anchor, box };
}

type Dot = Pick<LabelInput, 'x' | 'y' | 'radius'>;

/**
 * `dots` are pins a name should not cover (by default the labelled pins themselves); `charWidth` scales with the
 * font. First choice: a spot inside the map that covers no pin and no name; then one that covers a pin but no name
 * (slid inside the map); else null, no name drawn.
 */
export function placeLabels(
  pins: LabelInput[],
  width: number,
  height: number,
  dots: Dot[] = pins,
  charWidth = CHAR_WIDTH,
): Array<LabelSpot | null> {
  const pinBoxes: Box[] = dots.map(({ x, y, radius }) => ({
    left: x - radius,
    right: x + radius,
    top: y - radius,
    bottom: y + radius,
  }));
  const names: Box[] = [];
  return pins.map((pin) => {
    const options = candidates(pin, charWidth);
    const clear = (box: Box, boxes: Box[]) => !boxes.some((t) => overlaps(t, box));
    const free =
      options.find((c) => inside(c.box, width, height) && clear(c.box, pinBoxes) && clear(c.box, names)) ??
      options.map((c) => clamp(c, width, height)).find((c) => clear(c.box, names));
    if (!free) return null;
    names.push(free.box);
    return { x: free.x, y: free.y, anchor: free.anchor };
  });
}
