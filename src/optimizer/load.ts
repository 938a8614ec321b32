/**
 * The optimizer from its own chunk: a web part imports this module (a few hundred bytes) and
 * calls `loadOptimizer()` when the PMO runs the optimizer, so HiGHS (its JavaScript and its
 * WebAssembly binary) never enters a web part's initial bundle.
 */
export type OptimizerModule = typeof import('./index');

let loading: Promise<OptimizerModule> | undefined;

/** Loads the `optimizer` chunk once; a failed load is forgotten, so the next call tries again. */
export function loadOptimizer(): Promise<OptimizerModule> {
  if (!loading) {
    loading = import(/* webpackChunkName: 'optimizer' */ './index').catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
  }
  return loading;
}
