import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.spec.ts'],
    environment: 'node',
    // Each file boots its own Payload on its own temporary database, in its own process.
    pool: 'forks',
    isolate: true,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { NODE_ENV: 'test', PAYLOAD_SECRET: 'test-secret-not-for-production' },
  },
})
