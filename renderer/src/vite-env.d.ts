/// <reference types="vite/client" />
// Vite's asset imports (?raw, ?url, CSS) and import.meta.glob, for every tsconfig that checks the renderer.
