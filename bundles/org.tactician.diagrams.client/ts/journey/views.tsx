/** @jsx svg */
import { GEdge, GGraph, GLabel, IView, IViewArgs, Point, RenderingContext, RoutableView, ShapeView, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

import { mirrored } from '../direction';
import { isRightToLeft } from '../lines-label';
import { text } from '../texts';
import { arg } from '../tows/model';
import { LaneNode, StageNode, TouchpointNode } from './model';

/** The purchase badge's words in the workbench's language. */
function purchaseText(purchase: string): string {
    return purchase === 'online' ? text('buysOnline') : text('buysInStore');
}

/** The badge as wide as its words (about 6.3 px a character at 11 px), never wider than the box. */
function purchaseWidth(purchase: string, boxWidth: number): number {
    return Math.min(boxWidth - 2 * PADDING, Math.round(Array.from(purchaseText(purchase)).length * 6.3 + 20));
}

// Keep in step with the server's JourneyBoxes.
const PADDING = 8;
const MEDIA_LINE = 16;
const CHIPS_ROW = 20;
const LABEL_LINE_HEIGHT = 14;

/** A stage's column: a tinted band over the whole height, its RACE stage above its name. */
@injectable()
export class StageView extends ShapeView {
    render(stage: Readonly<StageNode>, context: RenderingContext): VNode | undefined {
        const race = arg(stage, 'race');
        return (
            <g class-selected={stage.selected}>
                <rect class-journey-column={true} x={0} y={0} width={stage.size.width} height={stage.size.height} />
                <rect class-journey-column-head={true} x={0} y={0} width={stage.size.width} height={44} />
                {mirrored(stage) || isRightToLeft(race)
                    ? <text class-journey-race={true} x={stage.size.width - 12} y={16} style={{ textAnchor: 'end' }}>{race}</text>
                    : <text class-journey-race={true} x={12} y={16}>{race}</text>}
                {context.renderChildren(stage)}
            </g>
        );
    }
}

/**
 * A persona's lane: a thin rule at its top and the persona's name in the strip under it, again at
 * each further stage's column (the server's titleAt), so a wide journey scrolled sideways still
 * names its lanes (clicks pass through).
 */
@injectable()
export class LaneView extends ShapeView {
    render(lane: Readonly<LaneNode>, _context: RenderingContext): VNode | undefined {
        const title = arg(lane, 'title');
        const rtl = mirrored(lane);
        // where each name starts: the lane's start edge, then each further column's (right to left: right edges)
        const at = arg(lane, 'titleAt').split(',').filter(x => x.length > 0).map(Number);
        const starts = rtl ? [lane.size.width, ...at].filter(x => Number.isFinite(x) && x > 0)
            : [0, ...at].filter(x => Number.isFinite(x) && x < lane.size.width);
        return (
            <g class-journey-lane-shape={true}>
                <rect class-journey-lane-band={true} x={0} y={0} width={lane.size.width} height={lane.size.height} />
                <line class-journey-lane-rule={true} x1={0} y1={0} x2={lane.size.width} y2={0} />
                {starts.map((x, i) => {
                    // each name clipped to the room up to the next (a nested svg clips what it holds)
                    const room = rtl ? x - (i + 1 < starts.length ? starts[i + 1] : 0)
                        : (i + 1 < starts.length ? starts[i + 1] : lane.size.width) - x;
                    const width = Math.max(0, room - 4);
                    return <svg x={rtl ? x - width : x} y={0} width={width} height={22}>
                        {rtl
                            ? <text class-journey-lane-title={true} x={width - 10} y={15} style={{ textAnchor: 'end' }}>{title}</text>
                            : <text class-journey-lane-title={true} x={10} y={15}>{title}</text>}
                    </svg>;
                })}
            </g>
        );
    }
}

function initials(name: string): string {
    const words = name.split(/[\s,]+/).filter(word => word.length > 0);
    const letters = words.slice(0, 2).map(word => Array.from(word)[0]);
    return letters.join('').toUpperCase();
}

/** A touchpoint: coloured by paid, owned or earned media (the plan documents' colours), with its personas and purchase. */
@injectable()
export class TouchpointView extends ShapeView {
    render(touchpoint: Readonly<TouchpointNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(touchpoint, context)) {
            return undefined;
        }
        const width = touchpoint.size.width;
        const height = touchpoint.size.height;
        const personas = arg(touchpoint, 'personas').split('\n').filter(name => name.length > 0);
        const purchase = arg(touchpoint, 'purchase');
        const chipsY = Number(arg(touchpoint, 'metaY')) + MEDIA_LINE + 4;
        const badgeY = chipsY + (personas.length > 0 ? CHIPS_ROW + 4 : 0);
        const shown = personas.slice(0, 7);
        // right to left, the band, the persona chips and the purchase badge start at the box's right
        const rtl = mirrored(touchpoint);
        const purchaseAt = rtl ? width - PADDING - purchaseWidth(purchase, width) : PADDING;
        return (
            <g class-selected={touchpoint.selected} class-mouseover={touchpoint.hoverFeedback}>
                <rect class-journey-box={true} x={0} y={0} rx={5} ry={5} width={width} height={height} />
                <rect class-journey-band={true} x={rtl ? width - 4 : 0} y={0} rx={2} ry={2} width={4} height={height} />
                {context.renderChildren(touchpoint)}
                {...shown.map((name, index) => (
                    <g class-journey-persona={true} transform={`translate(${rtl ? width - PADDING - 20 - index * 24 : PADDING + index * 24}, ${chipsY})`}>
                        <circle cx={10} cy={10} r={10} />
                        <text x={10} y={14}>{initials(name)}</text>
                        <title>{name}</title>
                    </g>
                ))}
                {personas.length > shown.length
                    ? <text class-journey-more={true} x={rtl ? width - PADDING - shown.length * 24 - 2 : PADDING + shown.length * 24 + 2}
                        y={chipsY + 14} style={rtl ? { textAnchor: 'end' } : {}}>{`+${personas.length - shown.length}`}</text>
                    : ''}
                {purchase === 'online' || purchase === 'offline'
                    ? <g class-journey-purchase={true} class-online={purchase === 'online'} class-offline={purchase === 'offline'}
                        transform={`translate(${purchaseAt}, ${badgeY})`}>
                        <rect x={0} y={0} rx={10} ry={10} width={purchaseWidth(purchase, touchpoint.size.width)} height={20} />
                        <text x={10} y={14} style={{ unicodeBidi: 'plaintext' }}>{purchaseText(purchase)}</text>
                    </g>
                    : ''}
            </g>
        );
    }
}

/**
 * The journey's canvas: like GLSP's graph view, but without computing routes for the edges on
 * every render (ELK routed them on the server; for 600 flows that was most of the drawing time).
 */
@injectable()
export class JourneyGraphView implements IView {
    render(model: Readonly<GGraph>, context: RenderingContext): VNode {
        const transform = `scale(${model.zoom}) translate(${-model.scroll.x},${-model.scroll.y})`;
        return (
            <svg class-sprotty-graph={true}>
                <g transform={transform}>{context.renderChildren(model)}</g>
            </svg>
        );
    }
}

/** A flow along the route ELK gave it (corners, or Bézier pieces when curved), with an arrowhead. */
@injectable()
export class FlowView extends RoutableView {
    render(edge: Readonly<GEdge & { args?: Record<string, unknown> }>, context: RenderingContext, _args?: IViewArgs): VNode | undefined {
        const points: Point[] = edge.routingPoints;
        if (points.length < 2 || !this.isVisible(edge, points, context)) {
            return undefined;
        }
        const curved = String(edge.args?.curved) === 'true' && (points.length - 1) % 3 === 0;
        let d = `M ${points[0].x} ${points[0].y}`;
        if (curved) {
            for (let i = 1; i + 2 < points.length; i += 3) {
                d += ` C ${points[i].x} ${points[i].y} ${points[i + 1].x} ${points[i + 1].y} ${points[i + 2].x} ${points[i + 2].y}`;
            }
        } else {
            for (let i = 1; i < points.length; i++) {
                d += ` L ${points[i].x} ${points[i].y}`;
            }
        }
        const end = points[points.length - 1];
        const before = points[points.length - 2];
        const angle = (Math.atan2(end.y - before.y, end.x - before.x) * 180) / Math.PI;
        return (
            <g class-selected={edge.selected} class-mouseover={edge.hoverFeedback}>
                <path class-journey-flow-hit={true} d={d} />
                <path class-journey-flow-line={true} d={d} />
                <path class-journey-arrow={true} d="M 0 0 L -9 -4.5 L -9 4.5 Z" transform={`translate(${end.x}, ${end.y}) rotate(${angle})`} />
            </g>
        );
    }
}

/** A flow's label where ELK put it: its name, then its condition in italics. */
@injectable()
export class FlowLabelView extends ShapeView {
    render(label: Readonly<GLabel & { args?: Record<string, unknown> }>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(label, context)) {
            return undefined;
        }
        const lines = String(label.args?.lines ?? label.text).split('\n');
        // the lines after the name's are the condition's, introduced in the workbench's words
        const nameLines = Number(label.args?.nameLines ?? lines.length);
        const rtl = mirrored(label);
        return (
            <g class-selected={label.selected}>
                <rect class-journey-label-bg={true} x={-2} y={0} rx={3} ry={3} width={label.size.width + 4} height={label.size.height} />
                <text class-journey-label={true} direction="ltr">
                    {lines.map((line, index) => (
                        // a right-to-left line (every line of a mirrored diagram) from the label's right edge
                        <tspan x={rtl || isRightToLeft(line) ? label.size.width - 2 : 2} y={11 + index * LABEL_LINE_HEIGHT}
                            class-condition={index >= nameLines}
                            style={rtl || isRightToLeft(line) ? { unicodeBidi: 'plaintext', textAnchor: 'end' } : { unicodeBidi: 'plaintext' }}>
                            {line}
                        </tspan>
                    ))}
                </text>
            </g>
        );
    }
}
