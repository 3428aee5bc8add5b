/**
 * Flags for Debian's Chromium as root on a machine with no outside network: without the
 * background-networking ones it keeps dialling Google's hosts and logging refused connections.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
