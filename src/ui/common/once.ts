/**
 * `run` on the first call only; later calls do nothing. For work that several triggers race to start (a paint and
 * a timer, the first of many signs of use).
 */
export function once(run: () => unknown): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    void run();
  };
}
