/**
 * The Content-Type a multipart file part gets from its file name, for the
 * files people upload to Losant (web assets, data, archives, documents,
 * media, notebooks' inputs). losant-rest's form-data looks names up in the
 * whole mime-db (2,000+ types, about 200 KB); we carry only this table, each
 * entry equal to what form-data sends (mime-types 2.1.35 / mime-db 1.52, checked
 * in test/http/uploads/encoding.test.js). A name outside it gets no type of its
 * own: the part then says `application/octet-stream`, and the caller can pass
 * `contentType` to say better.
 */
import { extname } from 'path';

const TYPES: { readonly [extension: string]: string } = {
  // text and data
  txt: 'text/plain', text: 'text/plain', log: 'text/plain', ini: 'text/plain', conf: 'text/plain',
  csv: 'text/csv', tsv: 'text/tab-separated-values', md: 'text/markdown', markdown: 'text/markdown',
  yaml: 'text/yaml', yml: 'text/yaml', json: 'application/json', map: 'application/json',
  jsonld: 'application/ld+json', geojson: 'application/geo+json', xml: 'application/xml',
  // web
  html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', mjs: 'application/javascript',
  wasm: 'application/wasm', webmanifest: 'application/manifest+json',
  // images
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp',
  svg: 'image/svg+xml', ico: 'image/vnd.microsoft.icon', tif: 'image/tiff', tiff: 'image/tiff', avif: 'image/avif',
  // fonts
  woff: 'font/woff', woff2: 'font/woff2', ttf: 'font/ttf', otf: 'font/otf', eot: 'application/vnd.ms-fontobject',
  // audio and video
  mp3: 'audio/mpeg', wav: 'audio/wave', ogg: 'audio/ogg', m4a: 'audio/mp4', webm: 'video/webm', mp4: 'video/mp4',
  mov: 'video/quicktime', mpeg: 'video/mpeg', mpg: 'video/mpeg',
  // archives (application import bundles are zip files)
  zip: 'application/zip', gz: 'application/gzip', tar: 'application/x-tar', '7z': 'application/x-7z-compressed',
  // documents
  pdf: 'application/pdf', rtf: 'application/rtf', doc: 'application/msword', xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The type for a file name, or undefined. Like mime-types, it reads the
 * extension of `x.<name>`, so a bare `png` counts as a PNG, and case does not matter.
 */
export function mediaTypeFor(fileName: string): string | undefined {
  const extension = extname(`x.${fileName}`).toLowerCase().slice(1);
  return Object.prototype.hasOwnProperty.call(TYPES, extension) ? TYPES[extension] : undefined;
}

/** Every extension the table knows (for the test that checks it against form-data's). */
export function knownExtensions(): string[] {
  return Object.keys(TYPES);
}
