'use strict';
// Issue 16: one set of declarations for Node and browsers. Uploads take a Blob or File
// (a structural BlobLike), so a browser project (lib DOM, resolving the `browser` export
// condition), a Node project (@types/node, no lib DOM) and a project with neither all
// compile their calls against the packed package, and a value that is no upload fails.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const ts = require('typescript');
const { consumerWithPackage, ROOT } = require('../helpers/packed-app');

const IDS = "const ids = { applicationId: '575ec8687ae143cd83dc4a97', fileId: '575ec76c7ae143cd83dc4a96' };";

const CONSUMERS = {
  // A browser app: DOM types, bundler resolution with the `browser` condition.
  dom: {
    options: {
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler, customConditions: ['browser'],
    },
    code: `
import { createClient, type BlobLike, type UploadFile } from 'losant-org-client';
const client = createClient({ url: 'http://127.0.0.1:8080', accessToken: 'token' });
${IDS}
const picked: File = new File(['{}'], 'notebook.ipynb', { type: 'application/json' });
export const uploads: Promise<unknown>[] = [
  client.file.upload({ ...ids, file: new Blob(['hello'], { type: 'text/plain' }) }),
  client.file.upload({ ...ids, file: new Uint8Array([1, 2]) }),
  client.notebook.upload({ applicationId: ids.applicationId, notebookId: '575ec76c7ae143cd83dc4a96', jupyterFile: picked }),
];
export const asBlobLike: BlobLike = picked;
export const asUpload: UploadFile = picked.slice(0, 1);
// @ts-expect-error a number is no upload
client.file.upload({ ...ids, file: 42 });
`,
  },
  // A Node project: @types/node (its global Blob and buffer.Blob), no lib DOM.
  node: {
    options: {
      lib: ['lib.es2022.d.ts'], types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16,
    },
    code: `
import { createClient } from 'losant-org-client';
import { createReadStream } from 'fs';
import { Blob as BufferBlob } from 'buffer';
const client = createClient({ url: 'http://127.0.0.1:8080', accessToken: 'token' });
${IDS}
export const uploads: Promise<unknown>[] = [
  client.file.upload({ ...ids, file: new Blob(['hello']) }),
  client.file.upload({ ...ids, file: new BufferBlob(['hello']) }),
  client.file.upload({ ...ids, file: Buffer.from('hello') }),
  client.file.upload({ ...ids, file: createReadStream(__filename) }),
  client.file.upload({ ...ids, file: 'hello' }),
];
// @ts-expect-error half a Blob is no upload
client.file.upload({ ...ids, file: { size: 5, type: 'text/plain' } });
`,
  },
  // Neither DOM nor Node types, and the package's declarations checked too (skipLibCheck off).
  neither: {
    options: { lib: ['lib.es2018.d.ts'], types: [], module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, skipLibCheck: false },
    code: `
import { createClient, BlobLike } from 'losant-org-client';
const client = createClient({ url: 'http://127.0.0.1:8080', accessToken: 'token' });
${IDS}
const blobLike: BlobLike = {
  size: 2, type: 'text/plain',
  arrayBuffer: () => Promise.resolve(new ArrayBuffer(2)),
  slice() { return blobLike; },
};
export const upload: Promise<unknown> = client.file.upload({ ...ids, file: blobLike });
// @ts-expect-error an object is no upload
client.file.upload({ ...ids, file: { name: 'a.txt' } });
`,
  },
};

describe('browser: upload types accept Blob and File with one set of declarations', function () {
  this.timeout(60000);

  for (const kind of Object.keys(CONSUMERS)) {
    it(`compiles in strict mode in a ${kind === 'dom' ? 'browser (lib DOM, `browser` condition)' : kind === 'node' ? 'Node (@types/node, no lib DOM)' : 'plain ES2018'} project`, () => {
      const consumer = consumerWithPackage();
      const dir = path.join(consumer, `types-${kind}`);
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, kind === 'node' ? 'uploads.cts' : 'uploads.ts');
      fs.writeFileSync(file, CONSUMERS[kind].code);
      const program = ts.createProgram([file], {
        strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, skipLibCheck: true, ...CONSUMERS[kind].options,
      });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => {
        const where = d.file ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
        return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
      });
      // Each @ts-expect-error line must fail, or TypeScript reports the directive as unused.
      expect(errors).to.deep.equal([]);
      const read = program.getSourceFiles().map((sf) => sf.fileName).filter((name) => name.includes('losant-org-client'));
      expect(read.map((name) => name.split('losant-org-client/')[1])).to.deep.equal([kind === 'neither' || kind === 'node' ? 'dist/index.d.ts' : 'dist/index.d.mts']);
    });
  }
});
