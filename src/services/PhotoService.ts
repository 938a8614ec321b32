import type { Client } from '@microsoft/microsoft-graph-client';
import { graphKey } from './odata';

/** People's photos from Microsoft Graph (User.ReadBasic.All), for person cells and cards. */
export interface IPhotoService {
  /**
   * An object URL of a user's Graph photo, cached per user for the service's life; undefined when
   * the user has none or Graph cannot be reached. Requests made within 10 ms travel together as
   * Graph JSON batches of 20.
   */
  getPhotoUrl(userPrincipalName: string): Promise<string | undefined>;
}

/** Options of {@link PhotoService}. */
export interface IPhotoServiceOptions {
  /** Turns photo bytes into a URL the page can show (default: URL.createObjectURL). */
  createObjectUrl?: (blob: Blob) => string;
}

/** Graph allows 20 requests per JSON batch. */
const GRAPH_BATCH_SIZE: number = 20;

/** {@link IPhotoService} over the Graph client: queued, batched, cached. */
export class PhotoService implements IPhotoService {
  private readonly graph: Client;
  private readonly createObjectUrl: (blob: Blob) => string;
  private readonly photos: Record<string, Promise<string | undefined>> = {};
  private queue: Array<{ upn: string; resolve: (url: string | undefined) => void }> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  public constructor(graph: Client, options: IPhotoServiceOptions = {}) {
    this.graph = graph;
    this.createObjectUrl = options.createObjectUrl ?? ((blob: Blob) => URL.createObjectURL(blob));
  }

  public getPhotoUrl(userPrincipalName: string): Promise<string | undefined> {
    const key = userPrincipalName.toLowerCase();
    if (!key) return Promise.resolve(undefined);
    let p = this.photos[key];
    if (!p) {
      p = new Promise<string | undefined>(resolve => this.queue.push({ upn: key, resolve }));
      this.photos[key] = p;
      if (this.timer === undefined) this.timer = setTimeout(() => { this.flush().catch(() => undefined); }, 10);
    }
    return p;
  }

  /** Sends the queued photo requests as Graph JSON batches. */
  private async flush(): Promise<void> {
    this.timer = undefined;
    const queue = this.queue;
    this.queue = [];
    for (let i = 0; i < queue.length; i += GRAPH_BATCH_SIZE) {
      const chunk = queue.slice(i, i + GRAPH_BATCH_SIZE);
      try {
        const res = (await this.graph.api('/$batch').post({
          requests: chunk.map((q, n) => ({ id: String(n), method: 'GET', url: `/users${graphKey(q.upn)}/photo/$value` }))
        })) as { responses?: Array<{ id: string; status: number; headers?: Record<string, string>; body?: unknown }> };
        const byId: Record<string, { status: number; headers?: Record<string, string>; body?: unknown }> = {};
        for (const r of res.responses ?? []) byId[r.id] = r;
        chunk.forEach((q, n) => {
          const r = byId[String(n)];
          q.resolve(r && r.status === 200 && typeof r.body === 'string' ? this.toObjectUrl(r.body, headerOf(r.headers, 'content-type') ?? 'image/jpeg') : undefined);
        });
      } catch {
        for (const q of chunk) q.resolve(undefined);
      }
    }
  }

  private toObjectUrl(base64: string, type: string): string | undefined {
    try {
      const bin = atob(base64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      return this.createObjectUrl(new Blob([bytes], { type }));
    } catch {
      return undefined;
    }
  }
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const k of Object.keys(headers)) if (k.toLowerCase() === name) return headers[k];
  return undefined;
}
