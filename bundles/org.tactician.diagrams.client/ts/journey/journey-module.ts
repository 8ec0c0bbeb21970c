import {
    ConsoleLogger,
    ContainerConfiguration,
    FeatureModule,
    GEdge,
    GGraph,
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
    editFeature,
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
import '../../css/journey.css';
import { exportToPlanModule } from '../export';
import { LinesLabelView } from '../lines-label';
import { noticeModule } from '../notice';
import { FitOnOpen } from '../startup';
import { StageNode, TouchpointNode } from './model';
import { FlowLabelView, FlowView, JourneyGraphView, StageView, TouchpointView } from './views';

export const journeyDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        bindAsService(context, TYPES.IDiagramStartup, FitOnOpen);
        configureDefaultModelElements(context);
        overrideModelElement(context, 'graph', GGraph, JourneyGraphView);
        configureModelElement(context, 'journey:stage', StageNode, StageView, {
            disable: [moveFeature, deletableFeature, connectableFeature]
        });
        configureModelElement(context, 'journey:touchpoint', TouchpointNode, TouchpointView);
        // ELK routes the flows: no routing handles to drag
        configureModelElement(context, 'journey:flow', GEdge, FlowView, { disable: [editFeature] });
        configureModelElement(context, 'journey:flow-label', GLabel, FlowLabelView, {
            enable: [editLabelFeature, selectFeature, deletableFeature],
            disable: [moveFeature]
        });
        configureModelElement(context, 'journey:name', GLabel, LinesLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'journey:stage-title', GLabel, LinesLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'journey:meta', GLabel, LinesLabelView);
    },
    { featureId: Symbol('journeyDiagram') }
);

export function createJourneyContainer(options: IDiagramOptions, ...configuration: ContainerConfiguration): Container {
    const standalone = STANDALONE_MODULES.filter(module => module !== standaloneExportModule);
    return initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(options),
        journeyDiagramModule,
        exportToPlanModule,
        noticeModule,
        { add: [...standalone] },
        ...configuration
    );
}
