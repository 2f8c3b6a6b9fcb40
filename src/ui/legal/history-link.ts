/** The privacy page's section on the browser's history: the delete confirmation and help-now link to it. */
export const HISTORY_ID = 'browser-history';
export const HISTORY_HREF = `/datenschutz#${HISTORY_ID}`;
