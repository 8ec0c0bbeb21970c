import { EditorContextService, IActionDispatcher, IDiagramStartup, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

import { readableFit } from './fit';

/** Shows the whole diagram when it opens (as much as is readable), never enlarged beyond its actual size. */
@injectable()
export class FitOnOpen implements IDiagramStartup {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;
    @inject(EditorContextService) protected editorContext!: EditorContextService;

    postModelInitialization(): void {
        const fit = readableFit(this.editorContext.modelRoot, 1);
        if (fit) {
            this.dispatcher.dispatch(fit);
        }
    }
}
