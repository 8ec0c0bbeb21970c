/*
 * The diagram page: connects to the local diagram server that served it (same host, the page's
 * token path, /glsp) and shows the diagram named by ?type=.
 */
import 'reflect-metadata';

import { BaseJsonrpcGLSPClient, DiagramLoader, GLSPClient, GLSPWebSocketProvider } from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';

import { embedded, installHost } from './host';
import { installToolbar } from './toolbar';
import { createTowsContainer } from './tows/tows-module';

const DIAGRAMS: Record<string, (clientId: string, client: () => Promise<GLSPClient>) => Container> = {
    'tactician-tows': (clientId, client) => createTowsContainer({ clientId, diagramType: 'tactician-tows', glspClientProvider: client })
};

const diagramType = new URLSearchParams(window.location.search).get('type') ?? 'tactician-tows';
const webSocketUrl = `ws://${window.location.host}${window.location.pathname.replace(/[^/]*$/, 'glsp')}`;
// GLSP renders into the element whose id is the client id (and its hidden copy into <id>_hidden).
const clientId = 'sprotty';

let glspClient: GLSPClient | undefined;

async function start(connection: MessageConnection, isReconnecting = false): Promise<void> {
    const create = DIAGRAMS[diagramType];
    if (!create) {
        document.body.dataset.diagramError = `No diagram of type ${diagramType}`;
        return;
    }
    glspClient = new BaseJsonrpcGLSPClient({ id: 'tactician', connectionProvider: connection });
    const client = glspClient;
    const container = create(clientId, async () => client);
    installToolbar(container, document.getElementById('tactician-toolbar')!, embedded);
    installHost(container);
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
