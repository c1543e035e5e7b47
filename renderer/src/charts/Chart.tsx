/**
 * One chart: an Observable Plot drawing with its title, a plain-text summary for screen
 * readers, and buttons saving it as SVG (styles inline) or PNG (drawn at 2×).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useDesktopApi } from '../DesktopApiContext';
import { saveAs } from '../exports/saveText';
import { legendEntries, mainSvg, serializeSvg, svgSize, svgToPng } from './serializeSvg';

export interface ChartProps {
  /** Also the file name of the exports ("funnel" → funnel.svg, funnel.png). */
  id: string;
  title: string;
  /** What the chart shows, in words (read out instead of the picture). */
  description: string;
  /** Draws the chart; called again whenever `deps` change. */
  draw: () => SVGSVGElement | HTMLElement;
  deps: readonly unknown[];
  children?: ReactNode;
}

export function Chart({ id, title, description, draw, deps, children }: ChartProps) {
  const api = useDesktopApi();
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const node = container.current;
    if (!node) return;
    const element = draw();
    element.setAttribute('aria-hidden', 'true');
    node.replaceChildren(element);
    return () => node.replaceChildren();
  }, deps);

  async function save(kind: 'svg' | 'png') {
    const node = container.current;
    const svg = node && mainSvg(node);
    if (!node || !svg) return;
    try {
      const text = serializeSvg(svg, legendEntries(node));
      const size = svgSize(svg);
      const legendRow = node.querySelector('span[class$="-swatch"]') ? 24 : 0;
      const data =
        kind === 'svg'
          ? text
          : await svgToPng(text, { width: size.width, height: size.height + legendRow });
      const where = await saveAs(api, kind, `${id}.${kind}`, data);
      setStatus(where ? `Saved ${where}` : '');
    } catch (error) {
      setStatus(`Could not save the chart: ${(error as Error).message}`);
    }
  }

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      <p className="visually-hidden">{description}</p>
      <div ref={container} className="chart-body" data-testid={`chart-${id}`} />
      {children}
      <div className="chart-actions">
        <button type="button" aria-label={`Save ${title} as SVG`} onClick={() => void save('svg')}>
          Save SVG
        </button>
        <button type="button" aria-label={`Save ${title} as PNG`} onClick={() => void save('png')}>
          Save PNG
        </button>
        <span role="status">{status}</span>
      </div>
    </figure>
  );
}
