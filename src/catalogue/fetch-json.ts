/** Reads a JSON file of our own origin; injected into the loaders so that tests and Node pass their own. */
export type FetchJson = (url: string) => Promise<unknown>;

/** fetch() as a FetchJson: rejects on HTTP errors so that callers fall back instead of parsing an error page. */
export const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};
