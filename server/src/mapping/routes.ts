/** The mapping (step 7) as structured data, read from the stored content document. */
import { API } from '@naervaer/shared/routes';
import { on } from '../http/route';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { MappingView, readMapping, toMappingItem } from '@naervaer/shared/mapping-doc';
import { summarizeMapping } from '@naervaer/shared/mapping';
import type { AppContext } from '../context';
import { meetingAccess } from '../auth/access';
import { parse } from '../http/errors';
import { loadStoredContent } from '../meetings/stored-content';

const Params = z.object({ id: z.string().min(1).max(100) });

export async function mappingRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  on(app, API.mapping, async (req) => {
    const { id } = parse(Params, req.params);
    await meetingAccess(ctx, req, id, 'meeting.read');
    const doc = await loadStoredContent(ctx, id);
    try {
      const { areas, items } = readMapping(doc);
      const plain = items.map(toMappingItem);
      return MappingView.parse({ areas, items: plain, summary: summarizeMapping(areas, plain) });
    } finally {
      doc.destroy();
    }
  });
}
