import { describe, inject } from 'vitest';
import { firstPaintJourneys } from './support/first-paint.ts';

const baseUrl = inject('baseUrl');

describe("a link in the family's language (production build, vite preview, real Chromium)", () => {
  firstPaintJourneys(() => baseUrl);
});
