/**
 * The shipped P3M3 questionnaire (AXELOS, P3M3 version 3, 2015: seven perspectives, levels 1 Awareness
 * to 5 Optimized) is complete in all five languages, every answer distinct, nothing left in English,
 * and written in the formal address of each language.
 */
import { maturityResult, PERSPECTIVES } from '../../src/domain/maturity';
import { MATURITY_QUESTIONNAIRE, questionTextsJson, type QuestionnaireLang } from './maturityQuestionnaire';

const LANGS: QuestionnaireLang[] = ['en', 'de', 'fr', 'nl', 'it'];
/** Texts that may stay as in English (proper nouns only). None is needed today. */
const SAME_AS_ENGLISH: ReadonlyArray<string> = [];

/** Every text of a language: each question, then its five answers. */
function textsOf(lang: QuestionnaireLang): string[] {
  const out: string[] = [];
  for (const e of MATURITY_QUESTIONNAIRE) out.push(e.texts[lang].q, ...e.texts[lang].a);
  return out;
}

describe('the maturity questionnaire', () => {
  it('has 21 questions: three per perspective, codes OG1 … RS3, in P3M3 order', () => {
    expect(MATURITY_QUESTIONNAIRE).toHaveLength(21);
    for (const p of PERSPECTIVES) expect(MATURITY_QUESTIONNAIRE.filter(e => e.perspective === p)).toHaveLength(3);
    const codes = MATURITY_QUESTIONNAIRE.map(e => e.code);
    expect(new Set(codes).size).toBe(21);
    for (const c of codes) expect(c).toMatch(/^(OG|MC|BM|RM|SM|FM|RS)[1-3]$/);
    const orders = MATURITY_QUESTIONNAIRE.map(e => e.order);
    expect(orders.slice().sort((a, b) => a - b)).toEqual(orders);
    expect(new Set(orders).size).toBe(21);
    expect(MATURITY_QUESTIONNAIRE.map(e => e.perspective).filter((p, i, all) => all.indexOf(p) === i)).toEqual(PERSPECTIVES);
  });

  it('every question has its text and five answers in every language, none empty', () => {
    for (const e of MATURITY_QUESTIONNAIRE) {
      expect(Object.keys(e.texts).sort()).toEqual(LANGS.slice().sort());
      for (const lang of LANGS) {
        const t = e.texts[lang];
        expect(typeof t.q).toBe('string');
        expect(t.q.trim().length).toBeGreaterThan(10);
        expect(t.a).toHaveLength(5);
        for (const a of t.a) expect(a.trim().length).toBeGreaterThan(10);
      }
    }
  });

  it('the five answers of a question differ from each other, and no two questions share a text', () => {
    for (const e of MATURITY_QUESTIONNAIRE) {
      for (const lang of LANGS) expect(new Set(e.texts[lang].a).size).toBe(5);
    }
    for (const lang of LANGS) expect(new Set(MATURITY_QUESTIONNAIRE.map(e => e.texts[lang].q)).size).toBe(21);
  });

  it('no language carries the English text', () => {
    const english = new Set(textsOf('en'));
    for (const lang of LANGS.filter(l => l !== 'en')) {
      const leftInEnglish = textsOf(lang).filter(t => english.has(t) && SAME_AS_ENGLISH.indexOf(t) < 0);
      expect({ lang, leftInEnglish }).toEqual({ lang, leftInEnglish: [] });
    }
  });

  it('reads as finished text: questions end with "?", answers with ".", typographic apostrophes, French spacing', () => {
    for (const lang of LANGS) {
      for (const e of MATURITY_QUESTIONNAIRE) {
        expect(e.texts[lang].q).toMatch(/\?$/);
        for (const a of e.texts[lang].a) expect(a).toMatch(/[^.]\.$/);
        for (const t of [e.texts[lang].q, ...e.texts[lang].a]) {
          expect(t).not.toMatch(/'|\s{2,}|^\s|\s$/);
          if (lang === 'fr') expect(t).not.toMatch(/[^\u00a0][?;:!]/);
          else expect(t).not.toMatch(/\s[?;:!]/);
        }
      }
    }
  });

  it('addresses the respondent formally wherever the English says "your": Ihr(er), votre, uw, Sua — never du, tu, je/jouw, tua', () => {
    const formal: Record<Exclude<QuestionnaireLang, 'en'>, RegExp> = { de: /\bIhre[rmns]?\b/, fr: /\bvotre\b/, nl: /\buw\b/, it: /\bSua\b/ };
    // Whole words only; \b is ASCII-only, so it would see a word boundary after letters such as ê.
    const informal: Record<Exclude<QuestionnaireLang, 'en'>, RegExp> = {
      de: /(?<!\p{L})(du|dich|dir|dein\p{L}*)(?!\p{L})/iu,
      fr: /(?<!\p{L})(tu|toi|ton|ta|tes)(?!\p{L})/iu,
      nl: /(?<!\p{L})(je|jij|jou|jouw)(?!\p{L})/iu,
      it: /(?<!\p{L})(tu|tuo|tua|tuoi|tue)(?!\p{L})/iu
    };
    const addressed = MATURITY_QUESTIONNAIRE.filter(e => /\byour\b/.test(e.texts.en.q));
    expect(addressed.length).toBeGreaterThanOrEqual(7);
    for (const e of addressed) {
      for (const lang of ['de', 'fr', 'nl', 'it'] as const) expect({ code: e.code, lang, q: e.texts[lang].q, formal: formal[lang].test(e.texts[lang].q) }).toEqual({ code: e.code, lang, q: e.texts[lang].q, formal: true });
    }
    for (const lang of ['de', 'fr', 'nl', 'it'] as const) {
      const informalTexts = textsOf(lang).filter(t => informal[lang].test(t));
      expect({ lang, informalTexts }).toEqual({ lang, informalTexts: [] });
    }
  });

  it('fits the level rule: its codes are the question keys, answering all of them gives an overall level', () => {
    const questions = MATURITY_QUESTIONNAIRE.map(e => ({ key: e.code, perspective: e.perspective, order: e.order }));
    const answers: Record<string, number> = {};
    MATURITY_QUESTIONNAIRE.forEach((e, i) => { answers[e.code] = (i % 5) + 1; });
    const r = maturityResult(questions, answers);
    expect(PERSPECTIVES.every(p => r.answered[p].total === 3 && r.answered[p].answered === 3)).toBe(true);
    expect(r.overall).toBe(1);
  });

  it('serialises as MaturityQuestions.QuestionTexts: { lang: { q, a[5] } }', () => {
    const parsed = JSON.parse(questionTextsJson(MATURITY_QUESTIONNAIRE[0])) as Record<string, { q: string; a: string[] }>;
    expect(Object.keys(parsed).sort()).toEqual(LANGS.slice().sort());
    expect(parsed.de.q).toBe(MATURITY_QUESTIONNAIRE[0].texts.de.q);
    expect(parsed.it.a).toHaveLength(5);
  });
});
