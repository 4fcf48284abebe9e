// Types of the virtual modules made by the plugins in src/vite/.
declare module 'virtual:escudo-locales' {
  const locales: { code: string; name: string; strings: Record<string, string> }[];
  export default locales;
}
declare module 'virtual:escudo-helplines' {
  const data: unknown;
  export default data;
}
