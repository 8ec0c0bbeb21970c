/*
 * Export without downloads (an SWT Browser has none): the SVG GLSP renders, or a PNG drawn from
 * it at twice the size, goes to the server, which writes it beside the plan.
 */
import { Action, ExportSvgAction, FeatureModule, IActionDispatcher, IActionHandler, TYPES, configureActionHandler } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

export interface ExportDiagramAction extends Action {
    kind: typeof ExportDiagramAction.KIND;
    format: 'svg' | 'png';
    data: string;
}

export namespace ExportDiagramAction {
    export const KIND = 'tacticianExportDiagram';
    export function create(format: 'svg' | 'png', data: string): ExportDiagramAction {
        return { kind: KIND, format, data };
    }
}

@injectable()
export class ExportToPlanHandler implements IActionHandler {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    handle(action: Action): void {
        if (!ExportSvgAction.is(action)) {
            return;
        }
        const format = (action.options as { format?: string } | undefined)?.format === 'png' ? 'png' : 'svg';
        if (format === 'svg') {
            this.dispatcher.dispatch(ExportDiagramAction.create('svg', action.svg));
        } else {
            toPng(action.svg).then(png => this.dispatcher.dispatch(ExportDiagramAction.create('png', png)));
        }
    }
}

/** The SVG drawn on a canvas at twice its size, as base64 PNG bytes. */
async function toPng(svgText: string, scale = 2): Promise<string> {
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    const width = Math.ceil(viewBox.length === 4 && viewBox[2] > 0 ? viewBox[2] : Number(svg.getAttribute('width')) || 1200);
    const height = Math.ceil(viewBox.length === 4 && viewBox[3] > 0 ? viewBox[3] : Number(svg.getAttribute('height')) || 800);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    try {
        const image = new Image();
        await new Promise<void>((resolve, reject) => {
            image.onload = () => resolve();
            image.onerror = () => reject(new Error('the SVG could not be drawn'));
            image.src = url;
        });
        const canvas = document.createElement('canvas');
        canvas.width = width * scale;
        canvas.height = height * scale;
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.scale(scale, scale);
        context.drawImage(image, 0, 0, width, height);
        return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
    } finally {
        URL.revokeObjectURL(url);
    }
}

export const exportToPlanModule = new FeatureModule(
    (bind, _unbind, isBound) => {
        bind(ExportToPlanHandler).toSelf().inSingletonScope();
        configureActionHandler({ bind, isBound }, ExportSvgAction.KIND, ExportToPlanHandler);
    },
    { featureId: Symbol('tacticianExport') }
);
