/**
 * Where an item is in a screenshot of the visible tab. The content script
 * measures the item in CSS pixels of the viewport; the screenshot is in device
 * pixels. The scale is the screenshot's width over the viewport's width when
 * the viewport is known (it accounts for page zoom and the device pixel ratio
 * alike), else the device pixel ratio. Pure.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CropBox {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
}

/**
 * The part of a `imageWidth` × `imageHeight` screenshot that shows `rect`,
 * clamped to the image, in whole pixels; null when nothing of it is on screen.
 */
export function cropBox(
  rect: Rect,
  image: { width: number; height: number },
  scale: { dpr: number; viewportWidth?: number | null },
): CropBox | null {
  if (!(image.width > 0 && image.height > 0)) return null;
  const s = scale.viewportWidth && scale.viewportWidth > 0 ? image.width / scale.viewportWidth : scale.dpr;
  if (!(s > 0) || !Number.isFinite(s)) return null;
  // Outwards to whole pixels, so an item's edge is never cut by rounding.
  const left = Math.max(0, Math.floor(rect.x * s));
  const top = Math.max(0, Math.floor(rect.y * s));
  const right = Math.min(image.width, Math.ceil((rect.x + rect.width) * s));
  const bottom = Math.min(image.height, Math.ceil((rect.y + rect.height) * s));
  if (right - left < 1 || bottom - top < 1) return null;
  return { sx: left, sy: top, sw: right - left, sh: bottom - top };
}
