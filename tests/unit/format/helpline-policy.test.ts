/** The help lines' expiry rule: real calendar days, a year of validity, then a grace period. */
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, freshness, showable } from '../../../src/format/helpline-policy.js';

describe('calendar days', () => {
  it('counts days like the calendar, leap years included', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')! - dayNumber('2000-02-28')!).toBe(2); // 2000 was a leap year
    expect(dayNumber('1900-03-01')! - dayNumber('1900-02-28')!).toBe(1); // 1900 was not
    expect(dayNumber('2027-01-01')! - dayNumber('2026-01-01')!).toBe(365);
    expect(dayNumber('2029-01-01')! - dayNumber('2028-01-01')!).toBe(366);
  });
  it('refuses what is not a real day', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', 'soon', ''])
      expect(dayNumber(bad), bad).toBeUndefined();
    expect(dayNumber('2028-02-29')).toBeDefined();
  });
  it('adds days across months and years, the inverse of counting them', () => {
    expect(addDays('2026-12-02', 30)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    for (const [date, n] of [
      ['2025-06-01', 456],
      ['1999-12-31', 1],
      ['2024-03-15', -400],
    ] as const) {
      expect(dayNumber(addDays(date, n)!)! - dayNumber(date)!).toBe(n);
    }
    expect(addDays('not a date', 1)).toBeUndefined();
  });
});

describe('how long a check holds', () => {
  it('is current for a year, due for review for 90 days, then expired', () => {
    expect(freshness('2025-01-01', '2025-01-01')).toBe('current');
    expect(freshness('2025-01-01', '2026-01-01')).toBe('current'); // 365 days
    expect(freshness('2025-01-01', '2026-01-02')).toBe('review-due');
    expect(freshness('2025-01-01', '2026-04-01')).toBe('review-due'); // 455 days
    expect(freshness('2025-01-01', '2026-04-02')).toBe('expired');
  });
  it('never trusts a check dated after today or on no real day', () => {
    expect(freshness('2025-01-02', '2025-01-01')).toBe('invalid');
    expect(freshness('2025-02-30', '2025-06-01')).toBe('invalid');
    expect(showable('2025-02-30', '2025-06-01')).toBe(false);
  });
  it('lets the game show an entry until the grace period ends', () => {
    expect(showable('2025-01-01', '2026-04-01')).toBe(true);
    expect(showable('2025-01-01', '2026-04-02')).toBe(false);
  });
});
