import {
    ContainerConfiguration,
    FeatureModule,
    GGraph,
    GGraphView,
    GLabel,
    IDiagramOptions,
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
    standaloneExportModule,
    ConsoleLogger,
    LogLevel
} from '@eclipse-glsp/client';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import { Container } from 'inversify';
import 'sprotty/css/edit-label.css';

import '../../css/diagram.css';
import { exportToPlanModule } from '../export';
import { noticeModule } from '../notice';
import { FitOnOpen } from '../startup';
import { TowsCard, TowsNode } from './model';
import { BadgeView, CellView, FactorView, LinesLabelView, StrategyView } from './views';

export const towsDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        bindAsService(context, TYPES.IDiagramStartup, FitOnOpen);
        configureDefaultModelElements(context);
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
    const standalone = STANDALONE_MODULES.filter(module => module !== standaloneExportModule);
    return initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(options),
        towsDiagramModule,
        exportToPlanModule,
        noticeModule,
        { add: [...standalone] },
        ...configuration
    );
}
