// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { legendEntries, mainSvg, serializeSvg } from '../../../renderer/src/charts/serializeSvg';
import { drawFunnel } from '../../../renderer/src/results/FunnelView';
import { replayResultFixture } from '../fixtures/replayResult';

function funnelFigure() {
  const figure = drawFunnel(replayResultFixture().funnel);
  document.body.append(figure);
  return figure;
}

describe('serializeSvg', () => {
  it('writes a standalone SVG: one namespace, its size, a white background, nothing external', () => {
    const figure = funnelFigure();
    const svg = mainSvg(figure)!;
    const text = serializeSvg(svg, legendEntries(figure));
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(text.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
    expect(doc.documentElement.getAttribute('height')).toBe(
      String(Number(svg.getAttribute('height')) + 24),
    );
    expect(text).toMatch(/<rect width="100%" height="100%" fill="#ffffff"/);
    expect(text).not.toMatch(/<style|href="http|url\(http/);
  });

  it('draws the swatch legend into the file, in the Okabe–Ito colours', () => {
    const figure = funnelFigure();
    expect(legendEntries(figure)).toEqual([
      { color: '#0072B2', label: 'the listed person' },
      { color: '#D55E00', label: 'someone else' },
    ]);
    const text = serializeSvg(mainSvg(figure)!, legendEntries(figure));
    expect(text).toContain('>someone else</text>');
  });
});
