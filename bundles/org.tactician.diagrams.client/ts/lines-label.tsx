/** @jsx svg */
import { GLabel, IViewArgs, RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

// Keep in step with the server's TextLines: 13 px text on 17 px lines.
export const LINE_HEIGHT = 17;
export const BASELINE = 13;

/** Text the server has already broken into lines (args.lines), one tspan a line. */
@injectable()
export class LinesLabelView extends ShapeView {
    protected lineHeight = LINE_HEIGHT;
    protected baseline = BASELINE;

    render(label: Readonly<GLabel & { args?: Record<string, unknown> }>, _context: RenderingContext, _args?: IViewArgs): VNode | undefined {
        const text = label.args?.lines !== undefined ? String(label.args.lines) : label.text;
        const lines = text.split('\n');
        return (
            <text class-sprotty-label={true} direction="ltr">
                {lines.map((line, index) => (
                    <tspan x={0} y={this.baseline + index * this.lineHeight} style={{ unicodeBidi: 'plaintext' }}>
                        {line}
                    </tspan>
                ))}
            </text>
        );
    }
}
