import { FitToScreenAction, IActionDispatcher, IDiagramStartup, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

/** Shows the whole matrix when the diagram opens, never enlarged beyond its actual size. */
@injectable()
export class FitOnOpen implements IDiagramStartup {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    postModelInitialization(): void {
        this.dispatcher.dispatch(FitToScreenAction.create([], { padding: 16, maxZoom: 1, animate: false }));
    }
}
