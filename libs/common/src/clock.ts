/**
 * The time rules are planned against. Production uses the system clock; tests move a fake one,
 * so reminder schedules are checked without sleeping. Inject `Clock`, never call `new Date()`
 * in code whose behaviour depends on what time it is.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until told to move. */
export class FakeClock extends Clock {
  private current: number;

  constructor(start: Date | string) {
    super();
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }

  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }
}
