/**
 * The HiGHS WebAssembly runtime, loaded once per page (or process) and shared by every solve.
 *
 * Where `highs.wasm` comes from: in Node (tests, bench) the package's loader reads it beside
 * itself. In the SPFx bundle, webpack sees the loader's `new URL('highs.wasm', import.meta.url)`
 * and emits the file as an asset of the build (`dist/`, then the package's ClientSideAssets), so
 * the browser fetches it from the same place as the `optimizer` chunk (webpack's public path).
 */
import loadHighs, { type Highs } from 'highs';

let runtime: Promise<Highs> | undefined;

/** The shared runtime; a failed load is forgotten, so the next call tries again. */
export function highsRuntime(): Promise<Highs> {
  if (!runtime) {
    runtime = loadHighs().catch((e: unknown) => {
      runtime = undefined;
      throw e;
    });
  }
  return runtime;
}
