import {
    ConsoleLogger,
    ContainerConfiguration,
    FeatureModule,
    GGraph,
    GGraphView,
    GLabel,
    IDiagramOptions,
    LogLevel,
    STANDALONE_MODULES,
    TYPES,
    bindAsService,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    connectableFeature,
    createDiagramOptionsModule,
    deletableFeature,
    editLabelFeature,
    initializeDiagramContainer,
    moveFeature,
    overrideModelElement,
    selectFeature,
    standaloneExportModule
} from '@eclipse-glsp/client';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import { Container } from 'inversify';
import 'sprotty/css/edit-label.css';

import '../../css/diagram.css';
import '../../css/canvas.css';
import { exportToPlanModule } from '../export';
import { LinesLabelView } from '../lines-label';
import { noticeModule } from '../notice';
import { FitOnOpen } from '../startup';
import { CanvasNode, NoteNode } from './model';
import { OpenLinkMouseListener } from './open-link';
import { BlockView, LinkView, NoteView } from './views';

export const canvasDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        bindAsService(context, TYPES.IDiagramStartup, FitOnOpen);
        bindAsService(context, TYPES.MouseListener, OpenLinkMouseListener);
        configureDefaultModelElements(context);
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
    const standalone = STANDALONE_MODULES.filter(module => module !== standaloneExportModule);
    return initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(options),
        canvasDiagramModule,
        exportToPlanModule,
        noticeModule,
        { add: [...standalone] },
        ...configuration
    );
}
