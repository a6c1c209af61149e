/**
 * Measures a rendered page for the two layout faults of issue 10, inside the page (page.evaluate):
 * two text boxes that overlap, and text that is clipped — an element whose content is wider than its
 * box while its overflow is not visible, or text outside the viewport. Text boxes are the client rects
 * of every visible text node (one per line; SVG text of the charts included), so a figure drawn over
 * the next card's or falling off the right edge is found wherever it is.
 * Self-contained: Playwright serialises the function into the page, so it may not use imports.
 */
export interface ProbeOptions {
  roots: string[];
  /** Selectors of scroll boxes that may scroll sideways at this size (e.g. a long year table at 1280 px). */
  mayScroll: string[];
  /** Pixels two boxes must overlap in both directions to count (glyph boxes of adjacent lines touch). */
  tolerance: number;
}

export function probeLayout({ roots, mayScroll, tolerance }: ProbeOptions): string[] {
  const faults: string[] = [];
  const name = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `<${el.tagName.toLowerCase()}${cls}> »${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}«`;
  };
  // A tooltip is drawn over the chart on purpose; the test moves the pointer away, this is the belt to those braces.
  const visuallyHidden = (el: Element) => {
    for (let a: Element | null = el; a; a = a.parentElement) if (getComputedStyle(a).clip.startsWith('rect(0')) return true;
    return false;
  };
  const hidden = (el: Element) => el.closest('.sr-only, option, script, style, title, desc, .recharts-tooltip-wrapper') !== null
    || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || visuallyHidden(el);
  const viewport = document.documentElement.clientWidth;
  const inScroller = (el: Element) => mayScroll.some((s) => el.closest(s) !== null);
  if (document.documentElement.scrollWidth > viewport + 1) {
    const beyond = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > viewport + 1 && !inScroller(el)
      && ![...el.children].some((child) => child.getBoundingClientRect().right > viewport + 1));
    faults.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${viewport} px): ${beyond.slice(0, 3).map(name).join('; ')}`);
  }
  const boxes: { rect: DOMRect; owner: Element; node: Text }[] = [];
  for (const root of roots.flatMap((s) => [...document.querySelectorAll(s)])) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (el instanceof SVGElement || hidden(el)) continue;
      const style = getComputedStyle(el);
      const allowed = mayScroll.some((s) => el.matches(s));
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && !allowed) {
        faults.push(`clipped or scrolling sideways (${el.scrollWidth} > ${el.clientWidth} px): ${name(el)}`);
      }
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) faults.push(`cut off with an ellipsis: ${name(el)}`);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const owner = node.parentElement;
      if (!owner || !node.data.trim() || hidden(owner)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 0.5 || rect.height < 0.5) continue;
        boxes.push({ rect, owner, node });
        if ((rect.right > viewport + 1 || rect.left < -1) && !inScroller(owner)) faults.push(`text outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${viewport} px): ${name(owner)}`);
      }
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (a.node === b.node) continue;
      const dx = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const dy = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (dx > tolerance && dy > tolerance) faults.push(`text overlaps (${Math.round(dx)}×${Math.round(dy)} px): ${name(a.owner)} and ${name(b.owner)}`);
    }
  }
  return faults;
}
