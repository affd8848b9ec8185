import type { z } from 'zod';

/**
 * One command of the contract: what the UI sends and what the backend answers. A command that
 * takes nothing has `z.undefined()` as its request.
 */
export interface CommandSpec<
  Request extends z.ZodType = z.ZodType,
  Reply extends z.ZodType = z.ZodType,
> {
  request: Request;
  reply: Reply;
}

/**
 * Declares a command. Names are `namespace.verb` (`files.open`); the namespace becomes the
 * object the typed API groups it under (`backend.files.open(...)`).
 */
export function command<Request extends z.ZodType, Reply extends z.ZodType>(
  request: Request,
  reply: Reply,
): CommandSpec<Request, Reply> {
  return { request, reply };
}

/** A `namespace.name` key, the shape every command and notification name has. */
export type QualifiedName = `${string}.${string}`;
