// The home visit's chunk: its banner and what starting and ending a visit do (precached, so it works offline).

export { VisitBar } from './VisitBar.tsx';
export { askVisit, endVisit, startVisit } from './visit.ts';
