/**
 * Reference data for a signed-in user: the service catalogue (latest version of every item) and the regions
 * of the caller's jurisdiction plus their ancestors (its township and district, for names and headings).
 */
import type { FastifyInstance } from 'fastify';
import { authOf, requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import type { Store } from '../store/store';

export function registerReferenceRoutes(app: FastifyInstance, store: Store, auth: AuthService): void {
  const preHandler = requireAuth(auth);

  app.get('/api/catalogue', { preHandler }, async () => store.listLatestCatalogue());

  app.get('/api/regions', { preHandler }, async (request) =>
    store.listRegionsInScope(authOf(request).user.scope),
  );
}
