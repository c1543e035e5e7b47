/**
 * A chart as a self-contained SVG file: the drawn SVG cloned with the computed style of every
 * element written inline (so it looks the same outside the app), and as a PNG drawn from that
 * SVG onto a canvas at twice its size. Nothing is fetched: no network, no external fonts.
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const declarations = STYLE_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
    .filter(([, v]) => v !== '')
    .map(([p, v]) => `${p}:${v}`);
  if (declarations.length > 0) {
    const own = target.getAttribute('style');
    target.setAttribute('style', [own, ...declarations].filter(Boolean).join(';'));
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_HEIGHT = 24;

/** A legend entry of a Plot figure: the swatch's colour and its label. */
export interface LegendEntry {
  color: string;
  label: string;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** The swatch legend Plot draws as HTML beside the chart, read back as colours and labels. */
export function legendEntries(figure: Element): LegendEntry[] {
  return [...figure.querySelectorAll('span[class$="-swatch"]')].map((span) => ({
    color: span.querySelector('svg')?.getAttribute('fill') ?? '#000000',
    label: span.textContent?.trim() ?? '',
  }));
}

/** The chart in a figure: its largest SVG (legend swatches are small SVGs too). */
export function mainSvg(container: Element): SVGSVGElement | null {
  if (container instanceof SVGSVGElement) return container;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  container.querySelectorAll('svg').forEach((svg) => {
    const { width, height } = svgSize(svg);
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  });
  return best;
}

/**
 * The SVG's text, standalone: styles inline, a white background, its own size, and the
 * figure's swatch legend (if any) drawn as a row above the chart.
 */
export function serializeSvg(svg: SVGSVGElement, legend: readonly LegendEntry[] = []): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.querySelectorAll('style').forEach((s) => s.remove());
  const { width, height } = svgSize(svg);
  const top = legend.length > 0 ? LEGEND_HEIGHT : 0;
  const body = svgElement('g', { transform: `translate(0,${top})` });
  body.append(...clone.childNodes);
  clone.append(svgElement('rect', { width: '100%', height: '100%', fill: '#ffffff' }), body);
  let x = 8;
  for (const entry of legend) {
    clone.append(svgElement('rect', { x, y: 6, width: 12, height: 12, fill: entry.color }));
    const text = svgElement('text', {
      x: x + 16,
      y: 16,
      'font-family': 'system-ui, sans-serif',
      'font-size': 12,
      fill: '#000000',
    });
    text.textContent = entry.label;
    clone.append(text);
    x += 28 + entry.label.length * 7;
  }
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height + top));
  clone.setAttribute('viewBox', `0 0 ${width} ${height + top}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal?.width || 640;
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal?.height || 400;
  return { width, height };
}

/** The SVG drawn at `scale`× onto a canvas, as PNG bytes. */
export async function svgToPng(
  svgText: string,
  size: { width: number; height: number },
  scale = 2,
): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the chart could not be encoded as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
