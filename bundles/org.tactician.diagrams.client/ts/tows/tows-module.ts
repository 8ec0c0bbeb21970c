import {
    ContainerConfiguration,
    FeatureModule,
    GGraph,
    GGraphView,
    GLabel,
    IDiagramOptions,
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
import { LinesLabelView } from '../lines-label';
import { TowsCard, TowsNode } from './model';
import { BadgeView, CellView, FactorView, StrategyView } from './views';

export const towsDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureCommon(context);
        overrideModelElement(context, 'graph', GGraph, GGraphView);
        configureModelElement(context, 'tows:corner', TowsNode, CellView, {
            disable: [moveFeature, deletableFeature, selectFeature, connectableFeature]
        });
        configureModelElement(context, 'tows:cell', TowsNode, CellView, {
            disable: [moveFeature, deletableFeature, selectFeature, connectableFeature]
        });
        configureModelElement(context, 'tows:factor', TowsCard, FactorView);
        configureModelElement(context, 'tows:strategy', TowsCard, StrategyView);
        configureModelElement(context, 'tows:badge', TowsNode, BadgeView, { disable: [moveFeature, connectableFeature] });
        configureModelElement(context, 'tows:name', GLabel, LinesLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'tows:cell-title', GLabel, LinesLabelView);
        configureModelElement(context, 'tows:cell-hint', GLabel, LinesLabelView);
        configureModelElement(context, 'tows:support', GLabel, LinesLabelView);
    },
    { featureId: Symbol('towsDiagram') }
);

export function createTowsContainer(options: IDiagramOptions, ...configuration: ContainerConfiguration): Container {
    return createPlanDiagramContainer(options, towsDiagramModule, ...configuration);
}
