import {
    ContainerConfiguration,
    FeatureModule,
    GEdge,
    GGraph,
    GLabel,
    IDiagramOptions,
    TYPES,
    bindAsService,
    configureModelElement,
    connectableFeature,
    deletableFeature,
    editFeature,
    editLabelFeature,
    moveFeature,
    overrideModelElement,
    selectFeature
} from '@eclipse-glsp/client';
import { Container } from 'inversify';

import { configureCommon, createPlanDiagramContainer } from '../diagram-container';
import '../../css/journey.css';
import { LinesLabelView } from '../lines-label';
import { LaneNode, StageNode, TouchpointNode } from './model';
import { StickyLaneNames } from './sticky-lanes';
import { FlowLabelView, FlowView, JourneyGraphView, LaneView, StageView, TouchpointView } from './views';

export const journeyDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureCommon(context);
        overrideModelElement(context, 'graph', GGraph, JourneyGraphView);
        configureModelElement(context, 'journey:stage', StageNode, StageView, {
            disable: [moveFeature, deletableFeature, connectableFeature]
        });
        // a lane is a backdrop: clicks go through it to the stage column (creating, selecting)
        configureModelElement(context, 'journey:lane', LaneNode, LaneView, {
            disable: [moveFeature, deletableFeature, connectableFeature, selectFeature]
        });
        // the lanes' names at the viewport's edge when the journey is scrolled past their start
        bindAsService(context, TYPES.IVNodePostprocessor, StickyLaneNames);
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
    return createPlanDiagramContainer(options, journeyDiagramModule, ...configuration);
}
