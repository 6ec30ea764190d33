import { describe, expect, it } from 'vitest';
import { digitsWritten, significantDigits, writtenNumber } from './precision';

describe('writtenNumber', () => {
  it('reads the first number as written, its grouping commas dropped', () => {
    expect(writtenNumber('1,324.9 万吨')).toBe('1324.9');
    expect(writtenNumber('RMB 12，480 million')).toBe('12480');
    expect(writtenNumber('897 million and 12')).toBe('897');
  });

  it('reads through spaces before a digit only', () => {
    expect(writtenNumber('1 324.9 t')).toBe('1324.9');
    expect(writtenNumber('1, 234\u3000567')).toBe('1234567');
    expect(writtenNumber('2. 5%')).toBe('2.5');
    expect(writtenNumber('12 ,5')).toBe('12');
    expect(writtenNumber('12\u00a0tonnes 5')).toBe('12');
  });

  it('takes one decimal point, followed by a digit', () => {
    expect(writtenNumber('1.5.6')).toBe('1.5');
    expect(writtenNumber('3.')).toBe('3');
    expect(writtenNumber('4.2,1')).toBe('4.2');
  });

  it('finds no digits in words or Chinese numerals', () => {
    expect(writtenNumber('three million')).toBeUndefined();
    expect(writtenNumber('三百万')).toBeUndefined();
    expect(writtenNumber('')).toBeUndefined();
  });
});

describe('significantDigits and digitsWritten', () => {
  it('gives the digits of the number as written without its leading and trailing zeros', () => {
    expect(significantDigits('1,320.50 万吨')).toBe('13205');
    expect(significantDigits('0.0480 kg')).toBe('48');
    expect(significantDigits('600 million')).toBe('6');
    expect(significantDigits('2023年排放 412 吨')).toBe('2023');
    expect(significantDigits('three million')).toBeUndefined();
  });

  it('counts the digits written from the first non-zero one, its trailing zeros with them', () => {
    expect(digitsWritten('1,320.50 万吨')).toBe(6);
    expect(digitsWritten('0.0480 kg')).toBe(3);
    expect(digitsWritten('600 tCO2e')).toBe(3);
    expect(digitsWritten('nearly half')).toBe(0);
  });
});
