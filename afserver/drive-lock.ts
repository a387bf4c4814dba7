// One drive serves one client at a time: writers and readers take turns, first come first
// served. Each stream is then written alone, so it can be read back with nothing else mixed in.

export interface DriveUse {
  clientId: string;
  purpose: 'write' | 'read' | 'admin';
  since: number;
}

export class DriveLock {
  private holder: DriveUse | undefined;
  private readonly waiting: { use: DriveUse; grant: () => void; signal?: AbortSignal }[] = [];

  get current(): DriveUse | undefined {
    return this.holder;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves with a release function once the drive is this caller's. */
  acquire(clientId: string, purpose: DriveUse['purpose'], signal?: AbortSignal): Promise<() => void> {
    const use = { clientId, purpose, since: Date.now() };
    return new Promise((resolve, reject) => {
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        this.holder = undefined;
        this.next();
      };
      const grant = (): void => {
        this.holder = use;
        resolve(release);
      };
      if (!this.holder) return grant();
      const entry = { use, grant, ...(signal ? { signal } : {}) };
      this.waiting.push(entry);
      signal?.addEventListener(
        'abort',
        () => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) {
            this.waiting.splice(i, 1);
            reject(signal.reason instanceof Error ? signal.reason : new Error('gave up waiting for the drive'));
          }
        },
        { once: true },
      );
    });
  }

  private next(): void {
    const n = this.waiting.shift();
    if (n) n.grant();
  }
}
