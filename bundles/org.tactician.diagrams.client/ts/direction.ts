import { GModelElement } from '@eclipse-glsp/client';

/**
 * Whether the diagram of `element` is drawn right to left: the server mirrors the places of a
 * right-to-left plan's blocks, cells, cards and columns (root argument `rightToLeft`); the views
 * mirror what they draw inside an element (a chip's icon, a card's code, a box's band).
 */
export function mirrored(element: Readonly<GModelElement>): boolean {
    const root = element.root as GModelElement & { args?: Record<string, unknown> };
    return String(root?.args?.rightToLeft) === 'true';
}

