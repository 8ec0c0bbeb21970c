/** @jsx svg */
/*
 * The persona lanes' names kept in sight: when the journey is scrolled sideways past a lane's
 * start (or down past its head), the lane's name is drawn again at the viewport's left edge, at
 * the top of what shows of the lane, on a background of its own and over the flows, so a wide
 * journey scrolled to its later stages still names the lane of every box. The client draws it (the
 * server's model does not change): each rendering of the journey's canvas, for the viewport it is
 * rendered with. Clicks go through it as through the lane.
 */
import { GModelElement, IVNodePostprocessor, isViewport, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

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
        const left = element.scroll.x + MARGIN / element.zoom;
        const top = element.scroll.y;
        const names: VNode[] = [];
        for (const lane of element.children) {
            if (!(lane instanceof LaneNode)) {
                continue;
            }
            const title = arg(lane, 'title');
            const bounds = lane.bounds;
            const x = left - bounds.x;
            const y = Math.max(0, top - bounds.y);
            const width = Array.from(title).length * CHAR + 20;
            // the lane's own names: at its start and each further column's (the server's titleAt)
            const own = [0, ...arg(lane, 'titleAt').split(',').filter(at => at.length > 0).map(Number)];
            // only where the lane still shows, past its start, and none of its own names starts in sight near the edge
            if (title.length === 0 || x <= MARGIN || x + width > bounds.width || y + HEAD > bounds.height
                || own.some(at => at > x - MARGIN && at < x + width)) {
                continue;
            }
            names.push(
                <g class-journey-lane-sticky={true} transform={`translate(${bounds.x + x}, ${bounds.y + y})`}>
                    <rect x={0} y={2} rx={3} ry={3} width={width} height={HEAD - 4} />
                    <text class-journey-lane-title={true} x={10} y={15}>{title}</text>
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
