/**
 * PostgreSQL text cannot hold NUL (U+0000); SQLite can but its functions stop at it. Both
 * engines store it as U+FFFD in every text column, so that they agree, and every lookup
 * applies the same mapping (JSON documents keep the character itself, escaped).
 */
export function textColumn(value: string): string {
  return value.includes('\0') ? value.replace(/\0/g, '\uFFFD') : value;
}
