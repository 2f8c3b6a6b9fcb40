import fs from 'node:fs';
import { afterEach } from 'vitest';
import type { Session } from './browser.ts';
import type { StaticServer } from './static-server.ts';

/** What the current test opened: a browser session, and a server serving its own copy of dist/. */
export interface Opened {
  session: Session | null;
  server: StaticServer | null;
}

/** Closes, after each test, what it opened: the browser, the server, and the server's copy of dist/. */
export function closeAfterEach(): Opened {
  const opened: Opened = { session: null, server: null };
  afterEach(async () => {
    await opened.session?.close();
    await opened.server?.stop().catch(() => undefined);
    if (opened.server) fs.rmSync(opened.server.root, { recursive: true, force: true });
    opened.session = null;
    opened.server = null;
  });
  return opened;
}
