/**
 * A recharts chart as a stand-alone SVG or PNG: the SVG is cloned with the computed colours, lines
 * and fonts written onto each element (the page's CSS does not travel with the file), on a white
 * background; the PNG is that SVG drawn on a canvas at twice the size. Loaded only when used.
 */
const STYLED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];

export function chartSvgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const style = getComputedStyle(source);
    const target = targets[i] as SVGElement;
    target.setAttribute('style', STYLED.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
  });
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  Object.entries({ x: '0', y: '0', width: '100%', height: '100%', fill: '#ffffff' }).forEach(([k, v]) => background.setAttribute(k, v));
  clone.insertBefore(background, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export async function chartPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = chartSvgText(svg);
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  // A data: URL, which the Content-Security-Policy allows for images (blob: it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
