/*
 * What every Tactician diagram's client is made of: GLSP's standalone modules (without its
 * download export: exports go to the server), the plan's export and notices, quiet logging, a
 * readable fit on open and a wheel that scrolls; each diagram adds its element views.
 */
import {
    ConsoleLogger,
    ContainerConfiguration,
    FeatureModule,
    IDiagramOptions,
    LogLevel,
    STANDALONE_MODULES,
    TYPES,
    ZoomMouseListener,
    bindAsService,
    bindOrRebind,
    configureDefaultModelElements,
    createDiagramOptionsModule,
    initializeDiagramContainer,
    standaloneExportModule
} from '@eclipse-glsp/client';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import { Container } from 'inversify';
import 'sprotty/css/edit-label.css';

import '../css/diagram.css';
import { exportToPlanModule } from './export';
import { noticeModule } from './notice';
import { WheelScrolls } from './fit';
import { FitOnOpen } from './startup';

type Context = Parameters<typeof bindOrRebind>[0] & Parameters<typeof configureDefaultModelElements>[0];

/** The bindings every diagram module starts with. */
export function configureCommon(context: Context): void {
    bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
    bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
    bindAsService(context, TYPES.IDiagramStartup, FitOnOpen);
    bindOrRebind(context, ZoomMouseListener).to(WheelScrolls).inSingletonScope();
    configureDefaultModelElements(context);
}

/** The container of a diagram whose own views are in {@code diagramModule}. */
export function createPlanDiagramContainer(
    options: IDiagramOptions,
    diagramModule: FeatureModule,
    ...configuration: ContainerConfiguration
): Container {
    const standalone = STANDALONE_MODULES.filter(module => module !== standaloneExportModule);
    return initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(options),
        diagramModule,
        exportToPlanModule,
        noticeModule,
        { add: [...standalone] },
        ...configuration
    );
}
