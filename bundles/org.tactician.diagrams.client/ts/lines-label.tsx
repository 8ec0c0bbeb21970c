/** @jsx svg */
import { GLabel, IViewArgs, RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

import { mirrored } from './direction';

// Keep in step with the server's TextLines: 13 px text on 17 px lines.
export const LINE_HEIGHT = 17;
export const BASELINE = 13;

/** Whether `line` reads right to left: its first letter is Arabic, Hebrew, Syriac or Thaana. */
export function isRightToLeft(line: string): boolean {
    const first = line.match(/\p{L}/u);
    return first !== null && /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(first[0]);
}

/**
 * Text the server has already broken into lines (args.lines), one tspan a line. A right-to-left
 * line (Arabic, Hebrew) starts at the label's right edge, as it is read; the others at its left,
 * except in a mirrored (right-to-left plan's) diagram, where every line starts at the right, as
 * a right-to-left paragraph does.
 */
@injectable()
export class LinesLabelView extends ShapeView {
    protected lineHeight = LINE_HEIGHT;
    protected baseline = BASELINE;

    render(label: Readonly<GLabel & { args?: Record<string, unknown> }>, _context: RenderingContext, _args?: IViewArgs): VNode | undefined {
        const text = label.args?.lines !== undefined ? String(label.args.lines) : label.text;
        const lines = text.split('\n');
        const rtl = mirrored(label);
        return (
            <text class-sprotty-label={true} direction="ltr">
                {lines.map((line, index) => rtl || isRightToLeft(line)
                    ? <tspan x={Math.max(0, label.size.width)} y={this.baseline + index * this.lineHeight} class-rtl={true}
                        style={{ unicodeBidi: 'plaintext', textAnchor: 'end' }}>{line}</tspan>
                    : <tspan x={0} y={this.baseline + index * this.lineHeight} style={{ unicodeBidi: 'plaintext' }}>
                        {line}
                    </tspan>
                )}
            </text>
        );
    }
}
