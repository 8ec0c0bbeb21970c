/*
 * Messages from the server (e.g. which strategies lose support when a factor is deleted) shown in
 * the toolbar until they time out or are clicked away; GLSP's status line is cleared by every
 * validation run, so it cannot hold them.
 */
import { Action, FeatureModule, IActionHandler, MessageAction, configureActionHandler } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

const SHOWN_MILLIS = 15000;

@injectable()
export class NoticeHandler implements IActionHandler {
    protected timer: number | undefined;

    handle(action: Action): void {
        if (!MessageAction.is(action)) {
            return;
        }
        const notice = document.getElementById('tactician-notice');
        if (!notice) {
            return;
        }
        window.clearTimeout(this.timer);
        const severity = String(action.severity ?? 'INFO').toLowerCase();
        if (severity === 'none' || !action.message) {
            notice.textContent = '';
            notice.className = '';
            return;
        }
        notice.textContent = action.message;
        notice.className = `notice-${severity}`;
        notice.title = `${action.message}\n(click to dismiss)`;
        notice.onclick = () => {
            notice.textContent = '';
            notice.className = '';
        };
        this.timer = window.setTimeout(() => notice.onclick?.(new MouseEvent('click')), SHOWN_MILLIS);
    }
}

export const noticeModule = new FeatureModule(
    (bind, _unbind, isBound) => {
        bind(NoticeHandler).toSelf().inSingletonScope();
        configureActionHandler({ bind, isBound }, MessageAction.KIND, NoticeHandler);
    },
    { featureId: Symbol('tacticianNotice') }
);
