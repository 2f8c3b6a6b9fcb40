/** Which place names show at which zoom: few when zoomed out, all when zoomed in. */

/** Zoom levels from which ranks 1–4 are labelled; rank 0 (district names) shows until towns take over. */
const RANK_MIN_ZOOM = [0, 8, 9, 10, 11];
const DISTRICT_MAX_ZOOM = 11;

/** Whether a label of this rank shows at this zoom. */
export function labelVisible(rank: number, zoom: number): boolean {
  if (rank <= 0) return zoom <= DISTRICT_MAX_ZOOM;
  const min = RANK_MIN_ZOOM[Math.min(rank, RANK_MIN_ZOOM.length - 1)] ?? 0;
  return zoom >= min;
}
