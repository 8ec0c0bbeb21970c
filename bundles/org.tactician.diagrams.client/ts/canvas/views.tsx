/** @jsx svg */
import { RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { text } from '../texts';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

import { mirrored } from '../direction';
import { arg } from '../tows/model';
import { CanvasNode, NoteNode } from './model';

/** A block of the canvas: a panel with its title and what it asks. */
@injectable()
export class BlockView extends ShapeView {
    render(block: Readonly<CanvasNode>, context: RenderingContext): VNode | undefined {
        return (
            <g>
                <rect class-canvas-panel={true} x={0} y={0} width={block.size.width} height={block.size.height} />
                {context.renderChildren(block)}
            </g>
        );
    }
}

/** A note: a sticky note with its text and the chips of what it stands for. */
@injectable()
export class NoteView extends ShapeView {
    render(note: Readonly<NoteNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(note, context)) {
            return undefined;
        }
        const w = note.size.width;
        const h = note.size.height;
        // the folded corner at the end of the reading: bottom right, or bottom left right to left
        const body = mirrored(note) ? `M 0 0 H ${w} V ${h} H 10 L 0 ${h - 10} Z` : `M 0 0 H ${w} V ${h - 10} L ${w - 10} ${h} H 0 Z`;
        const fold = mirrored(note) ? `M 0 ${h - 10} L 10 ${h - 10} L 10 ${h} Z` : `M ${w} ${h - 10} L ${w - 10} ${h - 10} L ${w - 10} ${h} Z`;
        return (
            <g class-selected={note.selected} class-mouseover={note.hoverFeedback}>
                <path class-canvas-note-body={true} d={body} />
                <path class-canvas-note-fold={true} d={fold} />
                {context.renderChildren(note)}
            </g>
        );
    }
}

// Letters, not emoji: a diagram must draw without an emoji font.
const ICONS: Record<string, string> = { 'segment': 'S', 'channel': 'C', 'budget-line': '€', 'value-proposition': '★' };
/** The kinds' words in the workbench's language (the page's texts). */
const KINDS: Record<string, () => string> = {
    'segment': () => text('kindSegment'), 'channel': () => text('kindChannel'),
    'budget-line': () => text('kindBudgetLine'), 'value-proposition': () => text('kindValueProposition')
};

/** A link chip: the kind's icon and the element's name (right to left: the icon at the right); double-click opens the element. */
@injectable()
export class LinkView extends ShapeView {
    render(link: Readonly<CanvasNode>, _context: RenderingContext): VNode | undefined {
        const kind = arg(link, 'kind');
        const name = arg(link, 'name');
        const room = Math.max(4, Math.floor((link.size.width - 30) / 6.4));
        const shown = Array.from(name).length > room ? Array.from(name).slice(0, room - 1).join('') + '…' : name;
        const rtl = mirrored(link);
        const icon = rtl ? link.size.width - 10 : 10;
        return (
            <g class-selected={link.selected} class-canvas-link-chip={true}>
                <rect x={0} y={0} rx={9} ry={9} width={link.size.width} height={link.size.height} />
                <circle class-canvas-link-badge={true} cx={icon} cy={link.size.height / 2} r={7} />
                <text class-canvas-link-icon={true} x={icon} y={13}>{ICONS[kind] ?? '•'}</text>
                <text class-canvas-link-name={true} x={rtl ? link.size.width - 24 : 24} y={13}
                    style={rtl ? { unicodeBidi: 'plaintext', textAnchor: 'end' } : { unicodeBidi: 'plaintext' }}>{shown}</text>
                <title>{text('linkTitle', KINDS[kind] ? KINDS[kind]() : kind, name)}</title>
            </g>
        );
    }
}
