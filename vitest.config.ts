import { defineConfig } from 'vitest/config';

// Unit and property tests run in Node, apart from the game's Vite config so
// its build plugins never get in the way of testing the core.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60000,
  },
});
