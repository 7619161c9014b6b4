/** The one home of numerals and month names (issue 24): Chinese numerals, the numeral class, English months. */
import { describe, expect, it } from 'vitest';
import { chineseNumber, cjkNumeralChars, monthNumber, monthPattern, numberWordPattern, wordNumber, romanToInt } from '../../src/text/numerals.js';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['一百零一', 101],
    ['二百三十', 230],
    ['两千', 2000],
    ['〇', 0],
    ['12', 12],
  ])('%s = %i', (text, value) => expect(chineseNumber(text)).toBe(value));
  it.each(['', 'abc', '二〇二四', '一二', '第一'])('%j is no numeral of numbering', (text) => expect(chineseNumber(text)).toBeUndefined());
  it('the class holds every character a numeral uses', () => expect([...'〇零一二两三四五六七八九十百千'].every((c) => cjkNumeralChars.includes(c))).toBe(true));
});

describe('roman numerals', () => {
  it('read capitals, subtractive pairs included', () => expect(['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'CCC'].map(romanToInt)).toEqual([1, 4, 9, 14, 40, 90, 300]));
  it('anything else is none', () => expect(['', 'iv', 'IIM', 'A'].map(romanToInt)).toEqual([undefined, undefined, undefined, undefined]));
});

describe('English months', () => {
  it.each([
    ['January', 1],
    ['sept', 9],
    ['Dec', 12],
    ['MAY', 5],
  ])('%s = %i', (name, month) => expect(monthNumber(name)).toBe(month));
  it('an unknown name or a short one is none', () => {
    expect(monthNumber('Ma')).toBeUndefined();
    expect(monthNumber('Monday')).toBeUndefined();
  });
  it('the pattern names all twelve', () => expect(monthPattern.split('|')).toHaveLength(12));
});

describe('English number words', () => {
  it.each([
    ['one', 1],
    ['Two', 2],
    ['TEN', 10],
  ])('%s = %i', (word, n) => expect(wordNumber(word)).toBe(n));
  it('anything else is none', () => {
    expect(wordNumber('eleven')).toBeUndefined();
    expect(wordNumber('once')).toBeUndefined();
  });
  it('the pattern reads the words a heading spells out (`Part Two`, `Pillar One`)', () => {
    expect(new RegExp(`^Part (${numberWordPattern})\\b`, 'iu').exec('Part Two: Measures')?.[1]).toBe('Two');
  });
});
