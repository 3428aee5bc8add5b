/** The brand's colour and font variables, written at build time by src/integrations/brand-theme.ts. */
declare module 'virtual:brand-theme.css';
