// Types of the virtual modules made by the plugins in src/vite/.
declare module 'virtual:escudo-locales' {
  // Declared once, by the plugin that builds the module.
  const locales: import('../vite/locales').BootLocale[];
  export default locales;
}
declare module 'virtual:escudo-locale-files' {
  // `<lang>/<ns>` → a loader of that table (src/vite/locales.ts).
  const files: Record<string, () => Promise<Record<string, unknown>>>;
  export default files;
}
declare module 'virtual:escudo-helplines' {
  const data: unknown;
  export default data;
}
