/** @jsx svg */
/*
 * The persona lanes' names kept in sight: when the journey is scrolled sideways past a lane's
 * start (or down past its head), the lane's name is drawn again at the viewport's edge where the
 * lanes start (the left edge; a mirrored, right-to-left journey's right edge), at the top of what
 * shows of the lane, on a background of its own and over the flows, so a wide journey scrolled to
 * its later stages still names the lane of every box. The client draws it (the server's model does
 * not change): each rendering of the journey's canvas, for the viewport it is rendered with.
 * Clicks go through it as through the lane.
 */
import { GModelElement, IVNodePostprocessor, isViewport, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

import { mirrored } from '../direction';
import { arg } from '../tows/model';
import { LaneNode } from './model';

/** The lane's head strip (the server's Lane.HEADER) and the name's room from the viewport's edge, in model units. */
const HEAD = 22;
const MARGIN = 6;
/** About a character of the lane names' 12 px bold, generously, for the background. */
const CHAR = 7.4;

@injectable()
export class StickyLaneNames implements IVNodePostprocessor {
    decorate(vnode: VNode, element: GModelElement): VNode {
        if (element.type !== 'graph' || !isViewport(element)) {
            return vnode;
        }
        // the canvas: an svg holding the group that zooms and scrolls the model (JourneyGraphView)
        const group = vnode.children?.find((child): child is VNode => typeof child !== 'string' && child.sel === 'g');
        if (!group) {
            return vnode;
        }
        const rtl = mirrored(element);
        const canvasWidth = element.canvasBounds?.width ?? 0;
        if (rtl && !(canvasWidth > 0)) {
            // the right edge is not known before the canvas has a size
            return vnode;
        }
        // the viewport's start edge in model units: its left, right to left its right
        const edge = rtl ? element.scroll.x + (canvasWidth - MARGIN) / element.zoom : element.scroll.x + MARGIN / element.zoom;
        const top = element.scroll.y;
        const names: VNode[] = [];
        for (const lane of element.children) {
            if (!(lane instanceof LaneNode)) {
                continue;
            }
            const title = arg(lane, 'title');
            const bounds = lane.bounds;
            const width = Array.from(title).length * CHAR + 20;
            // the sticky name's left in the lane (right to left it ends at the edge)
            const x = rtl ? edge - bounds.x - width : edge - bounds.x;
            const y = Math.max(0, top - bounds.y);
            // the lane's own names: at its start and each further column's (the server's titleAt),
            // each from there rightwards (right to left: leftwards from a column's right edge)
            const at = arg(lane, 'titleAt').split(',').filter(s => s.length > 0).map(Number);
            const own = rtl ? [bounds.width, ...at] : [0, ...at];
            // only where the lane still shows, past its start, and none of its own names starts in sight near the edge
            const pastStart = rtl ? x + width < bounds.width - MARGIN : x > MARGIN;
            const inLane = rtl ? x >= 0 : x + width <= bounds.width;
            const ownNear = rtl ? own.some(s => s > x && s < x + width + MARGIN) : own.some(s => s > x - MARGIN && s < x + width);
            if (title.length === 0 || !pastStart || !inLane || y + HEAD > bounds.height || ownNear) {
                continue;
            }
            // the background runs on to the viewport's edge: a lane's own name half out of sight does not peek out beside it
            const gap = MARGIN / element.zoom;
            names.push(
                <g class-journey-lane-sticky={true} transform={`translate(${bounds.x + x}, ${bounds.y + y})`}>
                    <rect x={rtl ? 0 : -gap} y={2} rx={3} ry={3} width={width + gap} height={HEAD - 4} />
                    {rtl
                        ? <text class-journey-lane-title={true} x={width - 10} y={15} style={{ textAnchor: 'end' }}>{title}</text>
                        : <text class-journey-lane-title={true} x={10} y={15}>{title}</text>}
                </g>
            );
        }
        if (names.length > 0) {
            group.children = [...(group.children ?? []), <g class-journey-lane-names={true}>{...names}</g>];
        }
        return vnode;
    }

    postUpdate(): void {
        // nothing after the update: each rendering draws the names where its viewport needs them
    }
}
