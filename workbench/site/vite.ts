/**
 * The local PMO site's page host: Vite, in middleware mode inside the workbench's HTTP server, so
 * the emulator and the pages share one origin (as SharePoint and its pages do).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { createServer } from 'vite';
import { LOCALES, loadModuleStrings, stringModules } from '../locales';

const root: string = path.resolve(__dirname);
const repo: string = path.resolve(__dirname, '..', '..');

/**
 * `import * as strings from 'PmoHubStrings'` (and every other resource module config/config.json
 * lists, such as 'ScoringStrings') in the browser: the module's five SPFx resource files, and the
 * locale the page picked (`window.__PMO_LOCALE__`, set before the app loads) — as SharePoint loads
 * the one file of the page's UI culture.
 */
function pmoStringsPlugin(): Plugin {
  const prefix = '\0pmo-hub-strings:';
  return {
    name: 'pmo-hub-strings',
    resolveId(source: string): string | undefined {
      return stringModules().some(m => m.name === source) ? prefix + source : undefined;
    },
    load(requested: string): string | undefined {
      if (!requested.startsWith(prefix)) return undefined;
      const mod = stringModules().find(m => m.name === requested.slice(prefix.length));
      if (!mod) return undefined;
      const all: Record<string, Record<string, string>> = {};
      for (const locale of LOCALES) {
        this.addWatchFile(path.join(mod.dir, `${locale}.js`));
        all[locale] = loadModuleStrings(mod.name, locale);
      }
      const keys = Object.keys(all['en-us']);
      return [
        `const all = ${JSON.stringify(all)};`,
        `const wanted = (typeof window !== 'undefined' && window.__PMO_LOCALE__) || 'en-us';`,
        `const S = all[wanted] || all['en-us'];`,
        ...keys.map(k => `export const ${k} = S[${JSON.stringify(k)}];`),
        'export default S;'
      ].join('\n');
    }
  };
}

/**
 * Starts Vite in middleware mode for the local PMO site. Its WebSocket (the page's Vite client)
 * shares `httpServer`'s port, so no fixed port (Vite's default 24678) is opened: two workbenches on
 * one machine do not collide, and a page never fails to connect.
 */
export async function createSiteServer(httpServer: Server): Promise<ViteDevServer> {
  return createServer({
    configFile: false,
    root,
    appType: 'custom',
    logLevel: 'warn',
    clearScreen: false,
    plugins: [pmoStringsPlugin()],
    server: { middlewareMode: true, hmr: false, ws: { server: httpServer }, fs: { allow: [repo] } },
    optimizeDeps: {
      include: ['react', 'react-dom', '@fluentui/react', '@microsoft/microsoft-graph-client'],
      entries: [path.join(root, 'main.tsx')]
    },
    define: { 'process.env.NODE_ENV': JSON.stringify('development') }
  });
}

/**
 * Whether a path is one of the site's pages: `/`, everything under the site (`/sites/pmo`,
 * `/sites/pmo/SitePages/Home.aspx`, an unknown page that shows SharePoint's not-found page) and the
 * Teams view (`/teams…`). The emulator has answered its API routes (`…/_api`, `/graph`,
 * `/_workbench`) before this is asked; Vite's module URLs (`/main.tsx`, `/@vite/client`,
 * `/node_modules/…`) are not pages.
 */
export function isPagePath(pathname: string, sitePath: string): boolean {
  const p = pathname.toLowerCase();
  const site = sitePath.toLowerCase();
  return p === '/' || p === site || p.startsWith(`${site}/`) || p === '/teams' || p.startsWith('/teams/');
}

/**
 * Serves the site's one HTML page for every page route (see isPagePath) to a plain GET or HEAD, as
 * SharePoint answers `curl <site>` with the page, whatever the request's Accept header says.
 */
export function sitePageMiddleware(vite: ViteDevServer, sitePath: string): Connect.NextHandleFunction {
  const template = readFileSync(path.join(root, 'index.html'), 'utf8');
  return (req, res, next) => {
    const url = req.url ?? '/';
    const pathname = new URL(url, 'http://localhost').pathname;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isPagePath(pathname, sitePath)) return next();
    vite.transformIndexHtml(url, template).then(
      html => {
        res.statusCode = 200;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : html);
      },
      (e: Error) => next(e)
    );
  };
}
