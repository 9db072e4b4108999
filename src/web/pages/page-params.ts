import { z } from 'zod';
import { dateParam } from '../http/query-params.ts';

// Pages ignore parameters they do not know (a browser or a feed reader may add some); bad values are a 400.
export const homeQuery = z.object({ q: z.string().max(200).optional() });
export const allianceQuery = z.object({
  asOf: z.union([z.literal('').transform(() => undefined), dateParam]).optional(),
});
