/** Learning-path progress, completion rates and the materials' links (WHATWG URL parsing; only http(s) and mailto kept). */
import { completionRates, invalidMaterialLines, parseMaterials, pathProgress } from './index';

describe('pathProgress', () => {
  // "New project manager": PM basics (3) → PRINCE2 Foundation (5) → house standards (4).
  const steps = [{ moduleId: 4, step: 3 }, { moduleId: 3, step: 1 }, { moduleId: 5, step: 2 }];

  it('counts completed modules and names the first open step', () => {
    expect(pathProgress(steps, new Set())).toEqual({ done: 0, total: 3, next: 3 });
    expect(pathProgress(steps, new Set([3]))).toEqual({ done: 1, total: 3, next: 5 });
    expect(pathProgress(steps, new Set([3, 4, 99]))).toEqual({ done: 2, total: 3, next: 5 });
    expect(pathProgress(steps, new Set([3, 4, 5]))).toEqual({ done: 3, total: 3 });
  });

  it('an empty path; a module listed twice counts once', () => {
    expect(pathProgress([], new Set([1]))).toEqual({ done: 0, total: 0 });
    expect(pathProgress([...steps, { moduleId: 3, step: 4 }], new Set([3]))).toEqual({ done: 1, total: 3, next: 5 });
  });
});

describe('completionRates', () => {
  const rows = [
    { moduleId: 2, team: 'Finance', language: 'de', enrolled: true, completed: true },
    { moduleId: 2, team: 'Finance', language: 'de', enrolled: true, completed: false },
    { moduleId: 1, team: 'IT', language: 'en', enrolled: true, completed: true },
    { moduleId: 1, team: undefined, language: 'en', enrolled: false, completed: true },
    { moduleId: 1, team: 'IT', language: 'en', enrolled: false, completed: false },
    { moduleId: 3, team: 'IT', language: 'fr', enrolled: true, completed: false }
  ];

  it('per module: participants, completions and the rate (0–1)', () => {
    expect(completionRates(rows, 'module')).toEqual([
      { key: '1', enrolled: 2, completed: 2, rate: 1 },
      { key: '2', enrolled: 2, completed: 1, rate: 0.5 },
      { key: '3', enrolled: 1, completed: 0, rate: 0 }
    ]);
  });

  it('per team (no team last) and per language', () => {
    expect(completionRates(rows, 'team')).toEqual([
      { key: 'Finance', enrolled: 2, completed: 1, rate: 0.5 },
      { key: 'IT', enrolled: 2, completed: 1, rate: 0.5 },
      { key: '', enrolled: 1, completed: 1, rate: 1 }
    ]);
    expect(completionRates(rows, 'language').map(r => [r.key, r.enrolled, r.completed])).toEqual([['de', 2, 1], ['en', 2, 2], ['fr', 1, 0]]);
    expect(completionRates([], 'module')).toEqual([]);
  });
});

describe('parseMaterials', () => {
  it('reads `Title | URL` lines and bare URLs', () => {
    expect(parseMaterials('Slides | https://contoso.sharepoint.com/sites/pmo/Slides.pptx\r\n\n  https://www.axelos.com/p3m3  \nAsk the trainer | mailto:trainer@contoso.com')).toEqual([
      { title: 'Slides', url: 'https://contoso.sharepoint.com/sites/pmo/Slides.pptx' },
      { title: 'https://www.axelos.com/p3m3', url: 'https://www.axelos.com/p3m3' },
      { title: 'Ask the trainer', url: 'mailto:trainer@contoso.com' }
    ]);
  });

  it('drops javascript:, data: and other links, and lines without a URL', () => {
    const text = [
      'Evil | javascript:alert(1)',
      'Evil too | JavaScript:alert(1)',
      'Tabbed | java\tscript:alert(1)',
      'Image | data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'Share | file://server/share/doc.pdf',
      'Relative | /sites/pmo/doc.pdf',
      'Just a note',
      'Guide | http://intranet.contoso.com/guide'
    ].join('\n');
    expect(parseMaterials(text)).toEqual([{ title: 'Guide', url: 'http://intranet.contoso.com/guide' }]);
    expect(parseMaterials('')).toEqual([]);
    // The lines it drops, by number, so a form names them rather than saving text that loses them.
    expect(invalidMaterialLines(text)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(invalidMaterialLines('Slides | https://x.example/s.pptx\n\n  \nmailto:a@b.example')).toEqual([]);
  });
});
