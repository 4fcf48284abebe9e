/**
 * How long a help line's verification holds (docs/helplines.md, "When a
 * check runs out"). Shared by the checker, which warns, and the game, which
 * stops showing an entry to children once it has run out, so both read the
 * same rule. Dates are `YYYY-MM-DD` strings; today's date is always passed in
 * (the core never reads the clock).
 */

/** After a year, the entry should be checked again: the checker warns. */
export const REVIEW_AFTER_DAYS = 365;
/**
 * Then a grace period for the NGO to check it (a school term), after which
 * the game no longer shows it: a number nobody has checked for 15 months is
 * more likely to be wrong than a card that says "talk to a trusted adult".
 */
export const GRACE_DAYS = 90;

export type Freshness =
  /** Verified within the last year. */
  | 'current'
  /** Verified more than a year ago; still shown during the grace period. */
  | 'review-due'
  /** Past the grace period: no longer shown to children. */
  | 'expired'
  /** Not a real date, or a date after today: never shown. */
  | 'invalid';

/** Day number of a civil date (days since 1970-01-01), or undefined if it is not a real date. */
export function dayNumber(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  const month = Number(m[2]);
  const d = Number(m[3]);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || d < 1 || d > lengths[month - 1]!) return undefined;
  // Days from civil (proleptic Gregorian), counting years from March so the
  // leap day falls at the end of the year.
  const yy = month <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date a number of days after another (`YYYY-MM-DD`), for messages that say when an entry runs out. */
export function addDays(date: string, days: number): string | undefined {
  const start = dayNumber(date);
  if (start === undefined) return undefined;
  // Civil from days, the inverse of dayNumber.
  const z = start + days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Where a verification date stands today. */
export function freshness(verifiedOn: string, today: string): Freshness {
  const verified = dayNumber(verifiedOn);
  const now = dayNumber(today);
  if (verified === undefined || now === undefined || verified > now) return 'invalid';
  const age = now - verified;
  if (age <= REVIEW_AFTER_DAYS) return 'current';
  if (age <= REVIEW_AFTER_DAYS + GRACE_DAYS) return 'review-due';
  return 'expired';
}

/** Whether an entry verified on this date may be shown to a child today. */
export function showable(verifiedOn: string, today: string): boolean {
  const f = freshness(verifiedOn, today);
  return f === 'current' || f === 'review-due';
}
