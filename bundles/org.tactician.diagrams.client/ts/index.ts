/*
 * The diagram page: connects to the local diagram server that served it (same host, the page's
 * token path, /glsp) and shows the diagram named by ?type=.
 */
import 'reflect-metadata';

import { BaseJsonrpcGLSPClient, DiagramLoader, GLSPClient, GLSPWebSocketProvider } from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';

import { createCanvasContainer } from './canvas/canvas-module';
import { embedded, installHost } from './host';
import { createJourneyContainer } from './journey/journey-module';
import { installSwimlanesToggle, swimlanesTool } from './journey/lanes';
import { text } from './texts';
import { Tool, installToolbar } from './toolbar';
import { createTowsContainer } from './tows/tows-module';

interface Diagram {
    title: string;
    create: (clientId: string, client: () => Promise<GLSPClient>) => Container;
    tools?: Tool[];
    install?: (container: Container) => void;
}

let curved = false;

const DIAGRAMS: Record<string, Diagram> = {
    'tactician-tows': {
        title: text('towsTitle'),
        create: (clientId, client) => createTowsContainer({ clientId, diagramType: 'tactician-tows', glspClientProvider: client })
    },
    'tactician-canvas': {
        title: text('canvasTitle'),
        create: (clientId, client) => createCanvasContainer({ clientId, diagramType: 'tactician-canvas', glspClientProvider: client })
    },
    'tactician-journey': {
        title: text('journeyTitle'),
        create: (clientId, client) => createJourneyContainer({ clientId, diagramType: 'tactician-journey', glspClientProvider: client }),
        tools: [
            {
                id: 'layout-again', label: text('layoutAgain'), title: text('layoutAgainTitle'),
                action: () => ({ kind: 'tacticianLayoutAgain', isOperation: true })
            },
            {
                id: 'routing', label: text('curvedFlows'), title: text('routingTitle'),
                action: () => {
                    curved = !curved;
                    const button = document.getElementById('tool-routing');
                    if (button) {
                        button.textContent = curved ? text('rightAngledFlows') : text('curvedFlows');
                    }
                    return { kind: 'tacticianSetRouting', routing: curved ? 'SPLINES' : 'ORTHOGONAL' };
                }
            },
            swimlanesTool
        ],
        install: installSwimlanesToggle
    }
};

const diagramType = new URLSearchParams(window.location.search).get('type') ?? 'tactician-tows';
const webSocketUrl = `ws://${window.location.host}${window.location.pathname.replace(/[^/]*$/, 'glsp')}`;
// GLSP renders into the element whose id is the client id (and its hidden copy into <id>_hidden).
const clientId = 'sprotty';

let glspClient: GLSPClient | undefined;

async function start(connection: MessageConnection, isReconnecting = false): Promise<void> {
    const diagram = DIAGRAMS[diagramType];
    if (!diagram) {
        document.body.dataset.diagramError = `No diagram of type ${diagramType}`;
        return;
    }
    glspClient = new BaseJsonrpcGLSPClient({ id: 'tactician', connectionProvider: connection });
    const client = glspClient;
    const container = diagram.create(clientId, async () => client);
    installToolbar(container, document.getElementById('tactician-toolbar')!, diagram.title, diagram.tools, embedded);
    installHost(container);
    diagram.install?.(container);
    await container.get(DiagramLoader).load({ requestModelOptions: { isReconnecting } });
}

new GLSPWebSocketProvider(webSocketUrl, { reconnecting: true, reconnectAttempts: 20, reconnectDelay: 1000 }).listen({
    onConnection: connection => start(connection),
    onReconnect: connection => {
        glspClient?.stop();
        document.getElementById('sprotty')!.replaceChildren();
        return start(connection, true);
    },
    logger: console
});
