/** A straight horizontal or vertical line drawn on a page: a table's ruling. */
export interface Segment {
  readonly horizontal: boolean;
  /** y of a horizontal segment, x of a vertical one (display space, y grows upwards) */
  readonly at: number;
  /** the other coordinate's range, from < to */
  readonly from: number;
  readonly to: number;
}

/** The pdfjs operator codes this reader looks at (OPS of pdfjs-dist). */
export interface PathOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
}

/** pdfjs DrawOPS: the codes inside a constructPath buffer. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/**
 * A filled rectangle no thicker than this (in points) is a drawn line: Chromium and Word paint
 * cell borders as thin filled rectangles (0.75 pt seen), LibreOffice strokes them; 3 pt leaves room
 * for thick outer borders while a shaded cell (a row high) is not taken for a line.
 */
const MAX_RULE_THICKNESS = 3;
/** A segment out of axis by less than this (points) counts as straight. */
const STRAIGHT = 0.5;

type Matrix = readonly number[];

/**
 * The horizontal and vertical lines a page draws (stroked paths and thin filled rectangles), from
 * the page's pdfjs operator list, mapped by `view` (the viewport transform) into display space,
 * then y turned to grow upwards as for text. Curves and clipping paths are not rulings.
 */
export function readRulings(
  ops: PathOps, fnArray: readonly number[], argsArray: readonly unknown[], view: Matrix,
): Segment[] {
  const segments: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = view;
  const both = [ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke];
  const stroked = new Set([ops.stroke, ops.closeStroke, ...both]);
  const filled = new Set([ops.fill, ops.eoFill, ...both]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as number[] | null;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const [paint, [buffer]] = args as [number, [ArrayLike<number> | null]];
      if (!buffer || (!stroked.has(paint) && !filled.has(paint))) continue;
      for (const path of subpaths(buffer, ctm)) {
        if (stroked.has(paint)) segments.push(...edges(path));
        if (filled.has(paint)) segments.push(...thinRectangle(path));
      }
    }
  }
  return segments;
}

type Point = readonly [number, number];

/** The straight subpaths of a path buffer, points mapped by `ctm` (y turned upwards); curves break a subpath. */
function subpaths(buffer: ArrayLike<number>, ctm: Matrix): Point[][] {
  const paths: Point[][] = [];
  let current: Point[] = [];
  const at = (x: number, y: number): Point => [ctm[0] * x + ctm[2] * y + ctm[4], -(ctm[1] * x + ctm[3] * y + ctm[5])];
  for (let i = 0; i < buffer.length; ) {
    const op = buffer[i++];
    if (op === MOVE_TO) {
      if (current.length > 1) paths.push(current);
      current = [at(buffer[i++], buffer[i++])];
    } else if (op === LINE_TO) current.push(at(buffer[i++], buffer[i++]));
    else if (op === CLOSE_PATH) {
      if (current.length > 1) paths.push([...current, current[0]]);
      current = current.length ? [current[0]] : [];
    } else {
      i += op === CURVE_TO ? 6 : op === QUADRATIC_CURVE_TO ? 4 : 0;
      if (current.length > 1) paths.push(current);
      current = [];
    }
  }
  if (current.length > 1) paths.push(current);
  return paths;
}

/** The straight horizontal and vertical pieces of a stroked subpath. */
function edges(path: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let k = 1; k < path.length; k++) {
    const segment = straight(path[k - 1], path[k]);
    if (segment) out.push(segment);
  }
  return out;
}

function straight([x0, y0]: Point, [x1, y1]: Point): Segment | undefined {
  if (Math.abs(y1 - y0) <= STRAIGHT && x0 !== x1) {
    return { horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) };
  }
  if (Math.abs(x1 - x0) <= STRAIGHT && y0 !== y1) {
    return { horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) };
  }
  return undefined;
}

/** A filled subpath whose every side is straight and that is thin one way: a line along the other. */
function thinRectangle(path: readonly Point[]): Segment[] {
  if (path.length < 3 || edges(path).length < path.length - 1) return [];
  const xs = path.map((p) => p[0]);
  const ys = path.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [width, height] = [x1 - x0, y1 - y0];
  const thin = MAX_RULE_THICKNESS;
  if (height <= thin && width > height) return [{ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 }];
  if (width <= thin && height > width) return [{ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 }];
  return [];
}

/** The affine transform m1 × m2 ([a b c d e f] as in PDF: m2 applied first). */
export function multiply(m1: Matrix, m2: Matrix): number[] {
  return [
    m1[0] * m2[0] + m1[2] * m2[1], m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3], m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4], m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}
