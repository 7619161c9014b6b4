import { describe, expect, it } from 'vitest';
import { languageOf, scriptCounts } from '../../src/text/script.js';

describe('scriptCounts', () => {
  it('counts every code unit of the basic plane as the Unicode script properties do', () => {
    const han = /\p{Script=Han}/u;
    const latin = /\p{Script=Latin}/u;
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const expected = { han: han.test(char) ? 1 : 0, latin: latin.test(char) ? 1 : 0 };
      const actual = scriptCounts(char);
      if (actual.han !== expected.han || actual.latin !== expected.latin) expect({ code: code.toString(16), ...actual }).toEqual({ code: code.toString(16), ...expected });
    }
  });
  it('reads a language from the ratio of the scripts', () => {
    expect(languageOf('网络空间命运共同体')).toBe('zh');
    expect(languageOf('A community with a shared future')).toBe('en');
    expect(languageOf('“”，。、 1 2 3')).toBeUndefined();
    expect(languageOf('ＡＢＣ')).toBe('en');
  });
});
