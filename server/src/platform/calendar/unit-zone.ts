/**
 * The unit's time zone (the `timeZone` setting), set once when the core is created. For the code that
 * works inside another module's transaction or behind a plain function and has no Core to read the
 * setting from: a hand-over into supervision, a calendar source, a room's opening hours.
 */
let zone = 'Asia/Shanghai';

export const setUnitTimeZone = (timeZone: string): void => {
  zone = timeZone;
};

export const unitTimeZone = (): string => zone;
