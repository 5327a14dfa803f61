/**
 * The one typed host contract (../shared/STYLE.md "Host contract").
 *
 * Every host service method is declared here with a runtime schema for its arguments and result.
 * Channel names are derived from this object (`host:<service>.<method>`), never typed by hand.
 * Electron IPC (app/main + app/preload) and `ephemera serve` (HTTP + WebSocket) both serve exactly
 * this contract; the renderer's bridge is the only client.
 */
import { z } from 'zod';

/** A file the host lets the renderer read. Its bytes are streamed from `url` (fetch). */
export const FileRefSchema = z.object({
  /** host-side id; the only handle the renderer uses to ask for bytes */
  id: z.string(),
  /** absolute path on the host, for display and the case's source list */
  path: z.string(),
  /** base name */
  name: z.string(),
  size: z.number().int().nonnegative(),
  /** fetchable URL of the raw bytes (serve: /files/<id>?token=…; Electron: ephemera-file://…) */
  url: z.string(),
});
export type FileRef = z.infer<typeof FileRefSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'serve', 'memory']),
  platform: z.string(),
  /** whether `files.showOpenDialog` opens a native dialog (Electron); otherwise use <input type=file> */
  canShowOpenDialog: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** A method: runtime schemas for its argument tuple and its result. */
export interface MethodSpec<A extends z.ZodTuple = z.ZodTuple, R extends z.ZodType = z.ZodType> {
  readonly args: A;
  readonly result: R;
}

function method<A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R): MethodSpec<A, R> {
  return { args, result };
}

/** Every service and method the hosts provide. */
export const HOST_CONTRACT = {
  app: {
    getInfo: method(z.tuple([]), AppInfoSchema),
  },
  case: {
    /** files to open when the window starts: command-line paths, else the bundled demo */
    getStartupFiles: method(z.tuple([]), z.array(FileRefSchema)),
  },
  files: {
    /** native open dialog (Electron); other hosts answer [] */
    showOpenDialog: method(z.tuple([]), z.array(FileRefSchema)),
    /** grant the renderer read access to a host path */
    open: method(z.tuple([z.string().min(1)]), FileRefSchema),
  },
} as const;

/** Events the host pushes to the renderer: name → payload schema. */
export const HOST_EVENTS = {
  /** the user chose files through the host (Electron menu, second instance) */
  onOpenFiles: z.array(FileRefSchema),
} as const;

export type HostContract = typeof HOST_CONTRACT;
export type ServiceName = keyof HostContract;
export type MethodName<S extends ServiceName> = keyof HostContract[S] & string;
export type HostEventName = keyof typeof HOST_EVENTS;

/** The TypeScript shape of a service, derived from the contract: methods returning promises. */
export type ServiceApi<S extends ServiceName> = {
  [M in MethodName<S>]: HostContract[S][M] extends MethodSpec<infer A, infer R>
    ? (...args: z.infer<A>) => Promise<z.infer<R>>
    : never;
};

/** The whole host as the renderer sees it. */
export type HostApi = { [S in ServiceName]: ServiceApi<S> };

/** Payload type of a host event. */
export type HostEventPayload<E extends HostEventName> = z.infer<(typeof HOST_EVENTS)[E]>;

/** The channel name of a method, derived from the contract. */
export function channelOf(service: string, methodName: string): string {
  return `host:${service}.${methodName}`;
}

/** An error as it crosses a transport. */
export const WireErrorSchema = z.object({
  name: z.string(),
  code: z.string(),
  message: z.string(),
});
export type WireError = z.infer<typeof WireErrorSchema>;
