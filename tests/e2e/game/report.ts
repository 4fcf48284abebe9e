/** A small test reporter: named checks grouped in suites, failures listed at the end. */
export interface Report {
  check(name: string, ok: boolean, detail?: unknown): void;
  suite(name: string, body: () => Promise<void>): Promise<void>;
  summary(): boolean;
}

export function createReport(): Report {
  const failures: string[] = [];
  let passed = 0;
  let current = '';
  return {
    check(name, ok, detail) {
      if (ok) {
        passed++;
        return;
      }
      const line = `✗ [${current}] ${name}${detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}`;
      failures.push(line);
      console.log(line);
    },
    async suite(name, body) {
      current = name;
      const t0 = Date.now();
      try {
        await body();
      } catch (e) {
        failures.push(`✗ [${name}] stopped: ${(e as Error).stack ?? e}`);
        console.log(`✗ [${name}] stopped: ${(e as Error).message}`);
      }
      console.log(`• ${name} (${Math.round((Date.now() - t0) / 1000)} s)`);
    },
    summary() {
      console.log(`\n${passed} checks passed, ${failures.length} failed.`);
      for (const f of failures) console.log(f);
      return failures.length === 0;
    },
  };
}
