/** @jsx svg */
import { RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { text } from '../texts';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

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
        return (
            <g class-selected={note.selected} class-mouseover={note.hoverFeedback}>
                <path class-canvas-note-body={true}
                    d={`M 0 0 H ${note.size.width} V ${note.size.height - 10} L ${note.size.width - 10} ${note.size.height} H 0 Z`} />
                <path class-canvas-note-fold={true}
                    d={`M ${note.size.width} ${note.size.height - 10} L ${note.size.width - 10} ${note.size.height - 10} L ${note.size.width - 10} ${note.size.height} Z`} />
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

/** A link chip: the kind's icon and the element's name; double-click opens the element. */
@injectable()
export class LinkView extends ShapeView {
    render(link: Readonly<CanvasNode>, _context: RenderingContext): VNode | undefined {
        const kind = arg(link, 'kind');
        const name = arg(link, 'name');
        const room = Math.max(4, Math.floor((link.size.width - 30) / 6.4));
        const shown = Array.from(name).length > room ? Array.from(name).slice(0, room - 1).join('') + '…' : name;
        return (
            <g class-selected={link.selected} class-canvas-link-chip={true}>
                <rect x={0} y={0} rx={9} ry={9} width={link.size.width} height={link.size.height} />
                <circle class-canvas-link-badge={true} cx={10} cy={link.size.height / 2} r={7} />
                <text class-canvas-link-icon={true} x={10} y={13}>{ICONS[kind] ?? '•'}</text>
                <text class-canvas-link-name={true} x={24} y={13} style={{ unicodeBidi: 'plaintext' }}>{shown}</text>
                <title>{text('linkTitle', KINDS[kind] ? KINDS[kind]() : kind, name)}</title>
            </g>
        );
    }
}
