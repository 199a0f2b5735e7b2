import type { z } from 'zod';
import { describePayloadProblems } from '../rankly/payloads.js';

/** The body of a 400 for an invalid payload: one readable message and `{ field: problem }`. */
export function invalidPayloadBody(what: string, error: z.ZodError) {
  return { error: 'Bad Request', ...describePayloadProblems(what, error) };
}
