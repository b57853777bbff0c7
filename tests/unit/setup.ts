// Component tests opt in to jsdom with `// @vitest-environment jsdom`; this file runs for all.
import '@testing-library/jest-dom/vitest';
