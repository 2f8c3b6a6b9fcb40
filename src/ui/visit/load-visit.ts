/** The home visit's own chunk: nothing of it is in the first bundle but the button that starts it. */
export const loadVisit = () => import('./visit-parts.ts');
