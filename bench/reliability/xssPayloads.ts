/**
 * The corpus of reliability.xss: cross-site scripting payloads in the spirit of the OWASP XSS filter
 * evasion cheat sheet (https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html)
 * and of DOMPurify's mutation-XSS cases, written for PMO Hub. Each payload, when a page runs it, calls
 * the detector `__xss(<id>)` with its own id (a number, so that no quote is needed), from the page or
 * from a same-origin frame (`parent.__xss(<id>)`); a payload that can only become an unsafe link
 * (`vbscript:`, `data:`) is caught by the link check instead.
 */

/** The groups of the corpus. */
export type XssGroup =
  | 'script' | 'event' | 'js-url' | 'data-url' | 'vbscript-url' | 'case-space-entity' | 'svg-mathml'
  | 'css' | 'frame-object' | 'attribute-breakout' | 'template-markdown' | 'mutation';

/** One payload: its id (what it calls `__xss` with), its group and its text. */
export interface IXssPayload { id: number; group: XssGroup; text: string }

/** A payload's text from its detector call `m` (`__xss(<id>)`) and its id. */
type Make = (m: string, id: number) => string;

/** Base64 of an ASCII text (Node and browser). */
function b64(s: string): string {
  return Buffer.from(s, 'ascii').toString('base64');
}

/** `s` as HTML decimal character references, every character. */
function entities(s: string): string {
  return Array.from(s).map(c => `&#${c.charCodeAt(0)};`).join('');
}

/** `s` as HTML hexadecimal character references, every character. */
function hexEntities(s: string): string {
  return Array.from(s).map(c => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`).join('');
}

const GROUPS: ReadonlyArray<[XssGroup, ReadonlyArray<Make>]> = [
  ['script', [
    m => `<script>${m}</script>`,
    m => `<SCRIPT>${m}</SCRIPT>`,
    m => `<script src="data:text/javascript,${m}"></script>`,
    m => `<scr<script>ipt>${m}</scr</script>ipt>`,
    m => `"><script>${m}</script>`,
    m => `</title><script>${m}</script>`,
    m => `</textarea><script>${m}</script>`,
    m => `<script/xss>${m}</script>`,
    m => `<<script>${m};//<</script>`,
    m => `</script><script>${m}</script>`,
    m => `<svg><script>${m}</script></svg>`,
    m => `<script>/*</script><script>*/${m}</script>`
  ]],
  ['event', [
    m => `<img src=x onerror=${m}>`,
    m => `<img src="x" onerror="${m}">`,
    m => `<body onload=${m}>`,
    m => `<svg onload=${m}>`,
    m => `<svg/onload=${m}>`,
    m => `<input autofocus onfocus=${m}>`,
    m => `<details open ontoggle=${m}>`,
    m => `<video><source onerror=${m}></video>`,
    m => `<audio src=x onerror=${m}>`,
    m => `<marquee onstart=${m}>x</marquee>`,
    m => `<div onmouseover=${m} style="position:fixed;inset:0">x</div>`,
    m => `<select autofocus onfocus=${m}></select>`,
    m => `<textarea autofocus onfocus=${m}></textarea>`,
    m => `<object data=x onerror=${m}></object>`,
    m => `<style onload=${m}></style>`,
    m => `<img src=\`x\`onerror=${m}>`,
    m => `<img src=x:x onerror=eval(atob('${b64(m)}'))>`,
    m => `<a id=x tabindex=1 autofocus onfocusin=${m}>x</a>`
  ]],
  ['js-url', [
    m => `javascript:${m}`,
    m => `JaVaScRiPt:${m}`,
    m => ` javascript:${m}`,
    m => `\tjavascript:${m}`,
    m => `java\tscript:${m}`,
    m => `java\nscript:${m}`,
    m => `java&#x09;script:${m}`,
    m => `${entities('javascript:')}${m}`,
    m => `${hexEntities('javascript:')}${m}`,
    m => `javascript&colon;${m}`,
    m => `javascript:void(0);${m}`,
    m => `javascript://%0a${m}`,
    (_m, id) => `javascript:%5f%5fxss(${id})`,
    m => `\u0001javascript:${m}`,
    m => `jav&#x0A;ascript:${m}`,
    m => `<a href="javascript:${m}">link</a>`,
    m => `<a href="&#106;avascript:${m}">link</a>`,
    m => `<a href=" javascript:${m}">link</a>`
  ]],
  ['data-url', [
    m => `data:text/html,<script>${m}</script>`,
    m => `data:text/html;base64,${b64(`<script>parent.${m}</script>`)}`,
    m => `DATA:text/html,<script>${m}</script>`,
    m => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${m}"/>`,
    m => `<a href="data:text/html,<script>${m}</script>">link</a>`,
    m => `<iframe src="data:text/html,<script>parent.${m}</script>"></iframe>`
  ]],
  ['vbscript-url', [
    m => `vbscript:${m}`,
    m => `VBScript:${m}`,
    (_m, id) => `vbscript:msgbox(${id})`,
    m => `<a href="vbscript:${m}">link</a>`
  ]],
  ['case-space-entity', [
    m => `<ScRiPt>${m}</sCrIpT>`,
    m => `<IMG SRC=x OnErRoR=${m}>`,
    m => `<IMG\tSRC=x\tonerror=${m}>`,
    m => `<img\nsrc=x\nonerror=${m}>`,
    m => `<img/src=x/onerror=${m}>`,
    (_m, id) => `<img src=x onerror=&#x5f;&#x5f;xss(${id})>`,
    (_m, id) => `<img src="x" onerror="&#95;&#95;xss&#40;${id}&#41;">`,
    m => `&lt;script&gt;${m}&lt;/script&gt;`,
    m => `%3Cscript%3E${m}%3C%2Fscript%3E`,
    m => `\\u003cscript\\u003e${m}\\u003c/script\\u003e`,
    m => `\uff1cscript\uff1e${m}\uff1c/script\uff1e`,
    m => `<img src=x onerror =${m}>`,
    m => `<img src=x onerror\n=\n${m}>`
  ]],
  ['svg-mathml', [
    m => `<svg><animate onbegin=${m} attributeName=x dur=1s>`,
    m => `<svg><a xlink:href="javascript:${m}"><text x=20 y=20>x</text></a></svg>`,
    m => `<svg><set attributeName=onload to=${m}></set></svg>`,
    m => `<svg><foreignObject><img src=x onerror=${m}></foreignObject></svg>`,
    m => `<svg><style><img src=x onerror=${m}></style></svg>`,
    m => `<math href="javascript:${m}">x</math>`,
    m => `<math><maction actiontype="statusline" xlink:href="javascript:${m}">x</maction></math>`,
    m => `<svg><image href=x onerror=${m}></image></svg>`,
    m => `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${m}'/></svg>#x"/></svg>`
  ]],
  ['css', [
    m => `<div style="background:url(javascript:${m})">x</div>`,
    m => `<div style="width:expression(${m})">x</div>`,
    m => `<style>@import 'javascript:${m}';</style>`,
    m => `<link rel=stylesheet href="javascript:${m}">`,
    m => `<style>*{background:url("javascript:${m}")}</style>`,
    m => `<div style="x:\\65xpression(${m})">x</div>`,
    m => `<img style="xss:expr/*x*/ession(${m})">`,
    m => `<style>body{-moz-binding:url("data:text/xml,${m}")}</style>`,
    m => `<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart=${m}>x</div>`
  ]],
  ['frame-object', [
    m => `<iframe src="javascript:parent.${m}"></iframe>`,
    m => `<iframe srcdoc="<script>parent.${m}</script>"></iframe>`,
    m => `<iframe srcdoc="&lt;img src=x onerror=parent.${m}&gt;"></iframe>`,
    m => `<object data="javascript:parent.${m}"></object>`,
    m => `<embed src="javascript:parent.${m}">`,
    m => `<object data="data:text/html,<script>parent.${m}</script>"></object>`,
    m => `<frameset onload=${m}>`,
    m => `<iframe onload=${m}></iframe>`,
    m => `<base href="javascript:${m}//">`,
    m => `<form action="javascript:${m}"><button>x</button></form>`,
    m => `<button formaction="javascript:${m}">x</button>`,
    m => `<meta http-equiv="refresh" content="0;url=javascript:${m}">`,
    m => `<isindex type=image src=1 onerror=${m}>`
  ]],
  ['attribute-breakout', [
    m => `" onmouseover="${m}`,
    m => `' onfocus='${m}' autofocus='`,
    m => `" autofocus onfocus="${m}`,
    m => `"><img src=x onerror=${m}>`,
    m => `'><img src=x onerror=${m}>`,
    m => `\`><img src=x onerror=${m}>`,
    m => `" style="x:expression(${m})`,
    m => `"/><svg onload=${m}>`,
    m => `--><img src=x onerror=${m}>`,
    m => `]]><img src=x onerror=${m}>`,
    m => `" onerror="${m}" src="x`,
    m => `</a><img src=x onerror=${m}>`
  ]],
  ['template-markdown', [
    m => `{{constructor.constructor('${m}')()}}`,
    m => `\${${m}}`,
    m => `<%= ${m} %>`,
    m => `[link](javascript:${m})`,
    m => `![image](javascript:${m})`,
    m => `[link](data:text/html,<script>${m}</script>)`,
    m => `<https://example.com/"onmouseover="${m}>`,
    m => `#{${m}}`,
    m => `{{7*7}}<img src=x onerror=${m}>`,
    m => `<a href="https://example.com" onclick="${m}">safe-looking</a>`,
    m => `Report | javascript:${m}`,
    m => `2027-01-15T10:00Z | Meeting | javascript:${m}`
  ]],
  ['mutation', [
    m => `<noscript><p title="</noscript><img src=x onerror=${m}>">`,
    m => `<svg></p><style><a id="</style><img src=1 onerror=${m}>">`,
    m => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${m}&gt;">`,
    m => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${m}>`,
    m => `<svg><p><style><g title="</style><img src=x onerror=${m}>">`,
    m => `<listing>&lt;img src=x onerror=${m}&gt;</listing>`,
    m => `<xmp><p title="</xmp><img src=x onerror=${m}>">`,
    m => `<noembed><img title="</noembed><img src=x onerror=${m}>">`,
    m => `<template><img src=x onerror=${m}></template>`,
    m => `<math><mtext><table><mglyph><style><img src=x onerror=${m}></style></mglyph></table></mtext></math>`,
    m => `<svg><desc><img src=x onerror=${m}></desc></svg>`
  ]]
];

/** The first payload id (ids are consecutive from here, so no id is a prefix of another in text). */
export const FIRST_PAYLOAD_ID: number = 1001;

/** The detector's call for payload `id`, as the payloads write it. */
export function detectorCall(id: number): string {
  return `__xss(${id})`;
}

/** The whole corpus, ids consecutive from {@link FIRST_PAYLOAD_ID}, in group order. */
export const XSS_PAYLOADS: ReadonlyArray<IXssPayload> = ((): IXssPayload[] => {
  const out: IXssPayload[] = [];
  for (const [group, makes] of GROUPS) {
    for (const make of makes) {
      const id = FIRST_PAYLOAD_ID + out.length;
      out.push({ id, group, text: make(detectorCall(id), id) });
    }
  }
  return out;
})();

/**
 * The payload ids a text holds: every `__xss(<id>)`, plain or percent- or entity-encoded, every
 * `msgbox(<id>)`, and those inside base64 (`base64,…`, `atob('…')`).
 */
export function payloadIdsIn(text: string): number[] {
  const ids = new Set<number>();
  const decoded = Array.from(text.matchAll(/(?:base64,|atob\(')([A-Za-z0-9+/=]{8,})/g)).map(m => Buffer.from(m[1], 'base64').toString('latin1'));
  for (const t of [text, ...decoded]) for (const m of t.matchAll(/(?:xss|%5f%5fxss|msgbox)(?:\(|&#40;|%28)(\d{4})/gi)) ids.add(Number(m[1]));
  return Array.from(ids).filter(id => id >= FIRST_PAYLOAD_ID && id < FIRST_PAYLOAD_ID + XSS_PAYLOADS.length);
}
