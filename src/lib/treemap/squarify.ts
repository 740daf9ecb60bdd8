import type { Box } from './arrange';

/** A tiling function: places the parent's children in the rectangle, writing their boxes. */
export type Tiling = (parent: Box, x0: number, y0: number, x1: number, y1: number) => void;

/**
 * d3's squarified tiling, treemapSquarify.ratio(ratio) of d3-hierarchy 3, operation for operation
 * (so the boxes are the same to the last bit; a test compares them), but without making an object
 * and a copy of the children for every row: grouping and laying out a big budget tiles hundreds of
 * thousands of boxes, and d3's rows were most of the garbage.
 */
export function squarify(ratio: number): Tiling {
  return (parent, x0, y0, x1, y1) => {
    const nodes = parent.children!;
    const n = nodes.length;
    let value = parent.value;
    let i0 = 0;
    let i1 = 0;
    while (i0 < n) {
      const dx = x1 - x0;
      const dy = y1 - y0;
      // Find the next non-empty node.
      let sumValue: number;
      do sumValue = nodes[i1++]!.value;
      while (!sumValue && i1 < n);
      let minValue = sumValue;
      let maxValue = sumValue;
      const alpha = Math.max(dy / dx, dx / dy) / (value * ratio);
      let beta = sumValue * sumValue * alpha;
      let minRatio = Math.max(maxValue / beta, beta / minValue);
      // Keep adding nodes while the aspect ratio maintains or improves.
      for (; i1 < n; ++i1) {
        const nodeValue = nodes[i1]!.value;
        sumValue += nodeValue;
        if (nodeValue < minValue) minValue = nodeValue;
        if (nodeValue > maxValue) maxValue = nodeValue;
        beta = sumValue * sumValue * alpha;
        const newRatio = Math.max(maxValue / beta, beta / minValue);
        if (newRatio > minRatio) {
          sumValue -= nodeValue;
          break;
        }
        minRatio = newRatio;
      }
      // The row: nodes i0 … i1 - 1, diced across a strip on top, or sliced down a strip on the left.
      if (dx < dy) {
        const rowY0 = y0;
        const rowY1 = value ? (y0 += (dy * sumValue) / value) : y1;
        const k = sumValue && (x1 - x0) / sumValue;
        let x = x0;
        for (let i = i0; i < i1; i++) {
          const node = nodes[i]!;
          node.y0 = rowY0;
          node.y1 = rowY1;
          node.x0 = x;
          node.x1 = x += node.value * k;
        }
      } else {
        const rowX0 = x0;
        const rowX1 = value ? (x0 += (dx * sumValue) / value) : x1;
        const k = sumValue && (y1 - y0) / sumValue;
        let y = y0;
        for (let i = i0; i < i1; i++) {
          const node = nodes[i]!;
          node.x0 = rowX0;
          node.x1 = rowX1;
          node.y0 = y;
          node.y1 = y += node.value * k;
        }
      }
      value -= sumValue;
      i0 = i1;
    }
  };
}
