import {
    ContainerConfiguration,
    FeatureModule,
    GGraph,
    GGraphView,
    GLabel,
    IDiagramOptions,
    TYPES,
    bindAsService,
    configureModelElement,
    connectableFeature,
    deletableFeature,
    editLabelFeature,
    moveFeature,
    overrideModelElement,
    selectFeature
} from '@eclipse-glsp/client';
import { Container } from 'inversify';

import { configureCommon, createPlanDiagramContainer } from '../diagram-container';
import '../../css/canvas.css';
import { LinesLabelView } from '../lines-label';
import { CanvasNode, NoteNode } from './model';
import { OpenLinkMouseListener } from './open-link';
import { BlockView, LinkView, NoteView } from './views';

export const canvasDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureCommon(context);
        bindAsService(context, TYPES.MouseListener, OpenLinkMouseListener);
        overrideModelElement(context, 'graph', GGraph, GGraphView);
        configureModelElement(context, 'canvas:block', CanvasNode, BlockView, {
            disable: [moveFeature, deletableFeature, selectFeature, connectableFeature]
        });
        configureModelElement(context, 'canvas:note', NoteNode, NoteView, { disable: [connectableFeature] });
        configureModelElement(context, 'canvas:link', CanvasNode, LinkView, { disable: [moveFeature, connectableFeature] });
        configureModelElement(context, 'canvas:name', GLabel, LinesLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'canvas:block-title', GLabel, LinesLabelView);
        configureModelElement(context, 'canvas:block-hint', GLabel, LinesLabelView);
    },
    { featureId: Symbol('canvasDiagram') }
);

export function createCanvasContainer(options: IDiagramOptions, ...configuration: ContainerConfiguration): Container {
    return createPlanDiagramContainer(options, canvasDiagramModule, ...configuration);
}
