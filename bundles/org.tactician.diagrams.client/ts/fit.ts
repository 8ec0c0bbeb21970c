/*
 * Fitting a diagram into its window so that it stays readable, and scrolling it with the wheel.
 *
 * Fitting a wide customer journey into a narrow editor would shrink its cards until their text
 * cannot be read. A fit never goes below READABLE_ZOOM: when the whole diagram would need that,
 * it shows as much as is readable, centred the way it fits and from its start (its first stage,
 * its top; a right-to-left plan's start is its right edge) the way it does not; the wheel scrolls along the rest (Shift+wheel sideways) and
 * Ctrl+wheel zooms, as in the workbench's other editors. "Whole diagram" still shows all of it,
 * however small, for an overview.
 */
import {
    Bounds,
    FitToScreenAction,
    GModelRoot,
    SetViewportAction,
    Viewport,
    ZoomMouseListener,
    isBoundsAware,
    isViewport
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

import { mirrored } from './direction';

/** The smallest zoom a fit goes to: below it a card's text is too small to read. */
export const READABLE_ZOOM = 0.6;

/** The space kept around the diagram, in model units. */
const PADDING = 24;

/**
 * The viewport that shows all of `root`'s diagram (zoomed in no further than `maxZoom`) when
 * that is readable, else as much as is readable from its start; undefined before it has a size.
 */
export function readableFit(root: GModelRoot, maxZoom = Number.POSITIVE_INFINITY): SetViewportAction | undefined {
    if (!isViewport(root) || !root.canvasBounds || root.canvasBounds.width <= 0 || root.canvasBounds.height <= 0) {
        return undefined;
    }
    let drawn: Bounds | undefined;
    for (const child of root.children) {
        if (isBoundsAware(child) && child.bounds.width >= 0 && child.bounds.height >= 0) {
            drawn = drawn ? Bounds.combine(drawn, child.bounds) : child.bounds;
        }
    }
    if (!drawn || drawn.width <= 0 || drawn.height <= 0) {
        return undefined;
    }
    const canvas = root.canvasBounds;
    const widthFit = canvas.width / (drawn.width + 2 * PADDING);
    const heightFit = canvas.height / (drawn.height + 2 * PADDING);
    // not larger than asked, not smaller than readable: then as much as is readable shows
    const zoom = Math.max(Math.min(widthFit, heightFit, maxZoom), READABLE_ZOOM);
    const visibleWidth = canvas.width / zoom;
    const visibleHeight = canvas.height / zoom;
    // Centred the way it fits; from its start the way it does not (right to left, its right edge).
    const x = visibleWidth >= drawn.width + 2 * PADDING ? drawn.x + drawn.width / 2 - visibleWidth / 2
        : mirrored(root) ? drawn.x + drawn.width + PADDING - visibleWidth : drawn.x - PADDING;
    const y = visibleHeight >= drawn.height + 2 * PADDING ? drawn.y + drawn.height / 2 - visibleHeight / 2 : drawn.y - PADDING;
    const viewport: Viewport = { scroll: { x, y }, zoom };
    return SetViewportAction.create(root.id, viewport, { animate: false });
}

/** The viewport that shows all of `root`'s diagram however small (an overview). */
export function wholeDiagram(root: GModelRoot): FitToScreenAction {
    return FitToScreenAction.create(root.children.map(child => child.id), { padding: PADDING, animate: false });
}

/** The wheel scrolls (Shift+wheel sideways), Ctrl+wheel (and a touchpad's pinch) zooms. */
@injectable()
export class WheelScrolls extends ZoomMouseListener {
    protected override isScrollMode(event: WheelEvent): boolean {
        return !event.ctrlKey && !event.metaKey;
    }

    protected override processScroll(viewport: Viewport, event: WheelEvent): Viewport {
        // Shift turns a plain wheel sideways where the browser does not do it itself.
        const sideways = event.shiftKey && event.deltaX === 0;
        const dx = sideways ? event.deltaY : event.deltaX;
        const dy = sideways ? 0 : event.deltaY;
        return { scroll: { x: viewport.scroll.x + dx / viewport.zoom, y: viewport.scroll.y + dy / viewport.zoom }, zoom: viewport.zoom };
    }
}
