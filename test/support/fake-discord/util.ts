/** Small helpers every part of the fake uses. */
import type { Json } from './types.js';

const DISCORD_EPOCH = 1420070400000n;

/** RegExp#test without the surprise of a stale lastIndex on /g regexes. */
export const matches = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  return re.test(s);
};
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

// One counter for the whole process, so ids minted in the same millisecond by different fakes still differ.
let snowflakeIncrement = 0n;
export function snowflake(): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | snowflakeIncrement);
}
