// CSS modules outside the SPFx build (type check of tests, the local site under Vite). The SPFx
// build generates a typed `.scss.ts` beside each stylesheet, which takes precedence there.
declare module '*.module.scss' {
  const styles: Record<string, string>;
  export default styles;
}
