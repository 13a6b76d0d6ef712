/** The preview stylesheet's address, made at bundle time by src/admin/bundle.ts. */
declare module 'virtual:dvk-preview-style' {
  const url: string;
  export default url;
}
