/** One line of doctor's checklist, with the fix when it is not ok. */
export interface Check {
  status: 'ok' | 'warn' | 'fail';
  what: string;
  fix?: string;
}

/** Prints a check as it is made. */
export type Report = (check: Check) => void;
