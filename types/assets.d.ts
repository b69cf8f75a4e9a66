// Text files imported with `?raw` (webpack asset/source, Vite/vitest raw import).
declare module '*?raw' {
  const text: string;
  export default text;
}
