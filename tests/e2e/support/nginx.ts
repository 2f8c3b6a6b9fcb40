import { startNginx } from '../../../scripts/nginx/serve.ts';
import type { StaticServer } from './static-server.ts';

/** nginx's own port: beside the preview server's, which the other browser tests keep using meanwhile. */
export const NGINX_PORT = Number(
  process.env.LOTSE_NGINX_PORT ?? Number(process.env.LOTSE_E2E_PORT ?? 4199) + 10,
);

/** Serves `root` with the deployable scripts/nginx/lotse.conf, in the shape the offline journeys expect. */
export async function serveNginx(root: string): Promise<StaticServer> {
  const server = await startNginx(root, NGINX_PORT);
  return { ...server, root };
}
