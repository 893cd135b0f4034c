/**
 * The upload actions (multipart/form-data, read by multipart-parse.ts): a
 * file's content completes the file (its size, type and ETag; the bytes
 * themselves are not kept), a Jupyter file is attached to its notebook, and
 * an import bundle creates a new application (`applications.import`) or
 * touches the one it is imported into (`application.import`). The bundle is
 * not unpacked: the emulator does not model what is inside one.
 */
import { createHash } from 'crypto';
import { checkNewOwner } from '../access/access';
import { iso } from '../state/clock';
import { answerWith } from '../state/collections';
import { ownerFields } from '../access/ownership';
import type { Owner } from '../access/ownership';
import type { Behaviour, Context } from '../access/context';
import { callerOfContext, userIdOf } from '../access/context';
import { newId } from '../state/ids';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { putItem, sameId } from '../state/store';
import { invalid } from '../server/api-error';
import type { Json } from '../state/store';

const bytesOf = (value: unknown) => (Buffer.isBuffer(value) ? value : Buffer.from(String(value), 'utf8'));

/** The part's own Content-Type (the params hold only its bytes). */
export function partType(ctx: Context, name: string): string | undefined {
  const part = (ctx.form || []).filter((p) => p.name === name)[0];
  return part && part.contentType ? part.contentType.split(';')[0].trim() : undefined;
}

function uploadFile(ctx: Context): Json {
  const item = ctx.items.fileId;
  const data = bytesOf(ctx.params.file);
  const now = ctx.clock.tick();
  Object.assign(item.doc, {
    status: 'completed',
    fileSize: data.length,
    s3etag: createHash('md5').update(data).digest('hex'),
    lastUpdated: iso(now),
  });
  const type = partType(ctx, 'file');
  if (type) item.doc.contentType = type;
  return answerWith(ctx, item.doc);
}

function uploadNotebook(ctx: Context): Json {
  const item = ctx.items.notebookId;
  const now = ctx.clock.tick();
  item.doc.jupyterFileName = item.doc.jupyterFileName || `${String(item.doc.name || 'notebook').replace(/[^\w.-]+/g, '-')}.ipynb`;
  item.doc.jupyterFileUrl = `http://${ctx.req.headers.host}/applications/${ctx.params.applicationId}/notebooks/${ctx.params.notebookId}/jupyterFile`;
  item.doc.lastUpdated = iso(now);
  return answerWith(ctx, item.doc);
}

function importNew(ctx: Context): Json {
  const now = ctx.clock.tick();
  const id = newId(now);
  const user = userIdOf(ctx);
  // An organization the caller may add applications to, or her own user (access.ts).
  if (ctx.params.ownerType === 'organization') {
    checkNewOwner(ctx.state, callerOfContext(ctx), String(ctx.params.ownerId), 'ownerId');
  } else if (typeof ctx.params.ownerId === 'string' && user && !sameId(ctx.params.ownerId, user)) {
    throw invalid(`ownerId ${ctx.params.ownerId} is not the caller's user`);
  }
  const owner: Owner | undefined = typeof ctx.params.ownerId === 'string'
    ? { type: ctx.params.ownerType === 'organization' ? 'organization' : 'user', id: ctx.params.ownerId }
    : user ? { type: 'user', id: user } : undefined;
  const doc: Json = {
    id, applicationId: id, name: `Imported Application ${id.slice(-6)}`, creationDate: iso(now), lastUpdated: iso(now),
    ...(owner ? ownerFields(ctx.state, owner) : {}),
  };
  putItem(ctx.state.store, model().pairs.get('applications') as Pair, { doc, scope: {} });
  return answerWith(ctx, { application: doc });
}

export const uploadBehaviours: { [name: string]: Behaviour } = {
  'file.upload': uploadFile,
  'notebook.upload': uploadNotebook,
  'applications.import': importNew,
  'application.import': (ctx) => {
    const app = ctx.items.applicationId;
    app.doc.lastUpdated = iso(ctx.clock.tick());
    return answerWith(ctx, app.doc);
  },
};
