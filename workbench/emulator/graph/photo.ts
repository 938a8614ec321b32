/**
 * Profile photos of the demo users, generated locally: a square PNG with a background colour derived
 * from the user id and the user's initials in a small built-in bitmap font. Deterministic: the same
 * user always gets the same bytes. (Real Graph serves the uploaded photo, usually as JPEG.)
 */
import { createHash } from 'node:crypto';
import type { IDemoUser } from '../../directory';
import { encodePng } from '../../png';

/** Edge length in pixels of the default photo (`/photo/$value`). */
export const PHOTO_SIZE: number = 120;

/** The square sizes Graph offers under `/photos/{size}`. */
export const PHOTO_SIZES: ReadonlyArray<number> = [48, 64, 96, 120, 240, 360, 432, 504, 648];

/** 5x7 glyphs, one string of five '#'/'.' per row. Only what initials need: A–Z and '?'. */
const GLYPHS: Record<string, string[]> = {
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  D: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  I: ['.###.', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#'],
  O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  V: ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
  Z: ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####'],
  '?': ['.###.', '#...#', '....#', '...#.', '..#..', '.....', '..#..']
};

/** The initials shown on a user's photo: first letters of given name and surname, upper case. */
export function initialsOf(user: Pick<IDemoUser, 'givenName' | 'surname' | 'displayName'>): string {
  const letter = (s: string): string => {
    const c = (s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[A-Za-z]/) ?? ['?'])[0].toUpperCase();
    return GLYPHS[c] ? c : '?';
  };
  const surname = user.surname.split(/\s+/).filter(Boolean);
  return letter(user.givenName || user.displayName) + letter(surname[surname.length - 1] ?? user.displayName);
}

/** HSL (h 0–360, s and l 0–1) to 8-bit RGB. */
function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

/** The background colour of a user's photo, derived from the user id. */
export function photoColour(userId: string): [number, number, number] {
  const digest = createHash('sha256').update(userId).digest();
  const hue = (digest.readUInt16BE(0) % 360);
  return hslToRgb(hue, 0.55, 0.38);
}

export { encodePng };

const cache = new Map<string, Buffer>();

/** The PNG photo of a user: colour from the id, initials in white, a lighter diagonal band. */
export function userPhoto(user: IDemoUser, size: number = PHOTO_SIZE): Buffer {
  const key = `${user.id}/${size}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const [r, g, b] = photoColour(user.id);
  const px = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const band = x + y > size * 1.2 && x + y < size * 1.5;
      const lift = band ? 28 : 0;
      const o = (y * size + x) * 3;
      px[o] = Math.min(255, r + lift);
      px[o + 1] = Math.min(255, g + lift);
      px[o + 2] = Math.min(255, b + lift);
    }
  }
  const text = initialsOf(user);
  const scale = Math.max(1, Math.floor(size / 20));
  const glyphW = 5 * scale;
  const gap = 2 * scale;
  const textW = text.length * glyphW + (text.length - 1) * gap;
  const left = Math.floor((size - textW) / 2);
  const top = Math.floor((size - 7 * scale) / 2);
  for (let i = 0; i < text.length; i++) {
    const glyph = GLYPHS[text[i]];
    for (let gy = 0; gy < 7; gy++) {
      for (let gx = 0; gx < 5; gx++) {
        if (glyph[gy][gx] !== '#') continue;
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const x = left + i * (glyphW + gap) + gx * scale + dx;
            const y = top + gy * scale + dy;
            px.set([255, 255, 255], (y * size + x) * 3);
          }
        }
      }
    }
  }
  const png = encodePng(size, size, px);
  cache.set(key, png);
  return png;
}

/** A stable entity tag of a user's photo (Graph's `@odata.mediaEtag`). */
export function photoEtag(user: IDemoUser, size: number = PHOTO_SIZE): string {
  return `"${createHash('sha1').update(userPhoto(user, size)).digest('hex').slice(0, 8).toUpperCase()}"`;
}
