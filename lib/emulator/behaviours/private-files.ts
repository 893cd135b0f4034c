/**
 * Private files: created as pending (privateFiles.post, the generic create,
 * whose `upload.url` is this emulator's upload route), completed by their
 * upload (multipart, read by multipart-parse.ts), whose bytes are kept (the
 * hidden `content`) and served back at the file's signed download url
 * (state/private-file-urls.ts); moved or renamed by `move`. Unlike the public
 * files (uploads.ts), the bytes are kept: downloading them is the point.
 */
import { createHash } from 'crypto';
import { iso } from '../state/clock';
import { answerWith, shown } from '../state/collections';
import type { Behaviour, Context } from '../access/context';
import { invalid } from '../server/api-error';
import { dirOf } from '../state/collection-hooks';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { itemsOf } from '../state/store';
import { partType } from './uploads';
import type { Json } from '../state/store';

const pair = () => model().pairs.get('privateFiles') as Pair;

const answer = (ctx: Context, doc: Json) => answerWith(ctx, shown(pair(), ctx, doc));

function upload(ctx: Context): Json {
  const item = ctx.items.privateFileId;
  if (item.doc.type === 'directory') throw invalid('A directory has no content to upload');
  const value = ctx.params.privateFile;
  const data = Buffer.isBuffer(value) ? value : Buffer.from(String(value), 'utf8');
  const type = partType(ctx, 'privateFile');
  Object.assign(item.doc, {
    status: 'completed',
    fileSize: data.length,
    s3etag: createHash('md5').update(data).digest('hex'),
    content: data.toString('base64'),
    lastUpdated: iso(ctx.clock.tick()),
  });
  if (type) item.doc.contentType = type;
  return answer(ctx, item.doc);
}

/** A new name or directory (`/a/b/`, always with its slashes); no other file of the application may hold the place. */
function move(ctx: Context): Json {
  const item = ctx.items.privateFileId;
  const name = typeof ctx.params.name === 'string' && ctx.params.name ? ctx.params.name : String(item.doc.name);
  const given = typeof ctx.params.parentDirectory === 'string' ? ctx.params.parentDirectory : String(item.doc.parentDirectory || '/');
  const parentDirectory = dirOf(given);
  const taken = itemsOf(ctx.state.store, pair(), ctx.params)
    .some((other) => other !== item && other.doc.name === name && other.doc.parentDirectory === parentDirectory);
  if (taken) throw invalid(`A file named ${name} already exists in ${parentDirectory}`);
  Object.assign(item.doc, { name, parentDirectory, lastUpdated: iso(ctx.clock.tick()) });
  return answer(ctx, item.doc);
}

export const privateFileBehaviours: { [name: string]: Behaviour } = {
  'privateFile.upload': upload,
  'privateFile.move': move,
};
