/** @jsx svg */
import { GShapeElement, RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

import { mirrored } from '../direction';
import { TowsCard, TowsNode, arg } from './model';

/** A cell of the matrix: a tinted panel (the server's CSS classes say which). */
@injectable()
export class CellView extends ShapeView {
    render(cell: Readonly<TowsNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(cell, context)) {
            return undefined;
        }
        return (
            <g>
                <rect class-tows-panel={true} x={0} y={0} width={cell.size.width} height={cell.size.height} />
                {context.renderChildren(cell)}
            </g>
        );
    }
}

/** A card of the matrix: the white body, what makes it a factor or a strategy, then its labels. */
function card(element: Readonly<TowsCard>, context: RenderingContext, marks: VNode[]): VNode {
    return (
        <g class-selected={element.selected} class-mouseover={element.hoverFeedback}>
            <rect class-tows-card-body={true} x={0} y={0} rx={6} ry={6} width={element.size.width} height={element.size.height} />
            {...marks}
            {context.renderChildren(element)}
        </g>
    );
}

/** A SWOT factor: its code in a pill (S2), its name, and how many strategies it supports. */
@injectable()
export class FactorView extends ShapeView {
    render(factor: Readonly<TowsCard>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(factor, context)) {
            return undefined;
        }
        // the code at the card's start: its left, or right to left its right
        const pill = mirrored(factor) ? factor.size.width - 36 : 8;
        return card(factor, context, [
            <rect class-tows-code-pill={true} x={pill} y={9} rx={9} ry={9} width={28} height={19} />,
            <text class-tows-code={true} x={pill + 14} y={23}>{arg(factor, 'code')}</text>
        ]);
    }
}

/** A TOWS strategy: a card with a band, its name and the badges of what it combines. */
@injectable()
export class StrategyView extends ShapeView {
    render(strategy: Readonly<TowsCard>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(strategy, context)) {
            return undefined;
        }
        return card(strategy, context, [
            <rect class-tows-strategy-band={true} x={mirrored(strategy) ? strategy.size.width - 4 : 0} y={0} rx={3} ry={3} width={4}
                height={strategy.size.height} />
        ]);
    }
}

/** A link badge: the code of a combined factor; badges after the first are joined by "+". */
@injectable()
export class BadgeView extends ShapeView {
    render(badge: Readonly<TowsNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(badge, context)) {
            return undefined;
        }
        const joined = arg(badge, 'joined') === 'true';
        return (
            <g class-selected={badge.selected}>
                {joined ? <text class-tows-plus={true} x={mirrored(badge) ? badge.size.width + 8 : -8} y={15}>+</text> : ''}
                <rect class-tows-badge-pill={true} x={0} y={0} rx={10} ry={10} width={badge.size.width} height={badge.size.height} />
                <text class-tows-badge-code={true} x={badge.size.width / 2} y={15}>{arg(badge, 'code')}</text>
                <title>{`${arg(badge, 'code')}: ${arg(badge, 'item')}`}</title>
            </g>
        );
    }
}

/** Whether an element is drawn (shapes outside the viewport are skipped). */
export function isShape(element: unknown): element is GShapeElement {
    return element instanceof GShapeElement;
}
