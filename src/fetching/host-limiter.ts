/**
 * Politeness per host: at most `concurrency` requests in flight, and request starts spaced by at least
 * `delayMs` (or a larger per-call delay, e.g. robots.txt Crawl-delay). Waiters are served first come,
 * first served. Uses the monotonic clock: wall-clock jumps must not stall or burst a host.
 */
export interface HostLimiterOptions {
  concurrency: number;
  delayMs: number;
}

interface Waiter {
  minDelayMs: number;
  start: () => void;
}

interface HostState {
  active: number;
  /** Monotonic time of the last request start, and the spacing it asked for. */
  lastStart: number;
  spacing: number;
  waiting: Waiter[];
  timer: NodeJS.Timeout | undefined;
}

const sweepAbove = 256;

export class HostLimiter {
  readonly #options: Readonly<HostLimiterOptions>;
  readonly #hosts = new Map<string, HostState>();

  constructor(options: HostLimiterOptions) {
    this.#options = Object.freeze({ ...options });
  }

  /** Runs `task` once the host has a free slot and its delay has passed; the slot is held until it settles. */
  async run<T>(host: string, task: () => Promise<T>, minDelayMs = 0): Promise<T> {
    const state = this.#state(host);
    await new Promise<void>((start) => {
      state.waiting.push({ minDelayMs, start });
      this.#pump(state);
    });
    // The grant and the task's first line are a promise hop apart, and a loaded machine (a GC pause)
    // can widen that hop; spacing counts from when the request really starts, so the next grant
    // (re-checked when its timer fires) never comes sooner than `delayMs` after it.
    state.lastStart = Math.max(state.lastStart, performance.now());
    try {
      return await task();
    } finally {
      state.active--;
      this.#pump(state);
    }
  }

  /** Requests in flight for a host (for tests and metrics). */
  activeFor(host: string): number {
    return this.#hosts.get(host)?.active ?? 0;
  }

  close(): void {
    for (const state of this.#hosts.values()) clearTimeout(state.timer);
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host);
    if (state === undefined) {
      if (this.#hosts.size >= sweepAbove) this.#sweep();
      state = { active: 0, lastStart: Number.NEGATIVE_INFINITY, spacing: 0, waiting: [], timer: undefined };
      this.#hosts.set(host, state);
    }
    return state;
  }

  #pump(state: HostState): void {
    if (state.timer !== undefined) return;
    for (;;) {
      const next = state.waiting[0];
      if (next === undefined || state.active >= this.#options.concurrency) return;
      const spacing = Math.max(this.#options.delayMs, next.minDelayMs);
      const wait = state.lastStart + spacing - performance.now();
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = undefined;
          this.#pump(state);
        }, Math.ceil(wait));
        return;
      }
      state.waiting.shift();
      state.active++;
      state.lastStart = performance.now();
      state.spacing = spacing;
      next.start();
    }
  }

  /** Forgets idle hosts whose delay has passed, so that a long run over many hosts stays small. */
  #sweep(): void {
    const now = performance.now();
    for (const [host, state] of this.#hosts) {
      const idle = state.active === 0 && state.waiting.length === 0 && state.timer === undefined;
      if (idle && now >= state.lastStart + state.spacing) this.#hosts.delete(host);
    }
  }
}
