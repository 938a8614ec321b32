import type { IPmoEnvironment } from './environment';
import type { IPmoServices } from './index';

/** PmoHubStrings in the environment's locale (services use them for what SharePoint stores in the user's language). */
export type PmoStrings = Readonly<Record<string, string>>;

/** The name of one service of {@link IPmoServices}. */
export type PmoServiceKey = Exclude<keyof IPmoServices, 'env'>;

/** The environment plus the services named by `K`. */
export type PmoServicesOf<K extends PmoServiceKey> = Pick<IPmoServices, 'env' | K>;

/**
 * How services are built: one factory per service. A factory receives the composed services (so a
 * service gets the others it uses through its constructor) and the strings. A feature's wiring lists
 * its own service and spreads the wirings of the services it uses; the compiler refuses a wiring
 * whose factories ask for a service it does not list.
 */
export type PmoWiring<K extends PmoServiceKey> = {
  readonly [P in K]: (services: PmoServicesOf<K>, strings: PmoStrings) => IPmoServices[P];
};

/**
 * Composes the services of a wiring for one environment. Each service is built on first use, once,
 * from its factory; services that nothing reads are never built.
 * `createPmoServices` composes every service; a web part composes only the wiring of its feature,
 * so its bundle holds only the services (and their libraries) that it uses.
 */
export function composeServices<K extends PmoServiceKey>(env: IPmoEnvironment, strings: PmoStrings, wiring: PmoWiring<K>): PmoServicesOf<K> {
  const services = { env } as PmoServicesOf<K>;
  const built: Partial<Record<K, unknown>> = {};
  for (const key of Object.keys(wiring) as K[]) {
    Object.defineProperty(services, key, {
      enumerable: true,
      get: (): unknown => {
        if (!(key in built)) built[key] = wiring[key](services, strings);
        return built[key];
      }
    });
  }
  return services;
}
