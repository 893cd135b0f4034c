// What an editor shows, on a given TypeScript release (test/types/run.mjs calls
// this for each one): the language service's quick info (a hover) and
// completions in a CommonJS consumer of the packed package. A readable hover
// names the type (`OrgGetParams`), never an indexed or conditional type
// (`OrgParamsMap["get"]`) or a bundler's rename (`Foo$1`), and completions
// list the fields, and a parameter the API deprecates shows as deprecated.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SOURCE = `import { createClient } from 'losant-org-client';
import type { OrgParams, Params, Result } from 'losant-org-client';
export const params: OrgParams<'get'> = { orgId: '575ed6e87ae143cd83dc4aa8' };
export const state: Params<'device', 'sendState'> = { applicationId: 'a', deviceId: 'd', deviceState: { data: {} } };
export const client = createClient();
export const pending = client.org.pendingInvites({ orgId: 'x' });
export let device: Result<'device', 'get'> | undefined;
export const old: Params<'device', 'getState'> = { applicationId: 'a', deviceId: 'd' };
export const since = old.since;
params.
`;

/** Checks the hovers in `dir` (a consumer folder with node_modules/losant-org-client) with the TypeScript at `tscPath`. */
export function checkHovers(tscPath, dir, compilerOptions) {
  const ts = createRequire(tscPath)('../lib/typescript.js');
  const file = path.join(dir, 'hover-probe.ts');
  fs.writeFileSync(file, SOURCE);
  const options = ts.convertCompilerOptionsFromJson(compilerOptions, dir).options;
  const host = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => (fs.existsSync(name) ? ts.ScriptSnapshot.fromString(fs.readFileSync(name, 'utf8')) : undefined),
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const hover = (name) => {
    const declared = new RegExp(`(?:const|let) ${name}\\b`).exec(SOURCE);
    const info = service.getQuickInfoAtPosition(file, declared.index + declared[0].length - name.length);
    return info ? info.displayParts.map((p) => p.text).join('') : '';
  };
  const completions = service.getCompletionsAtPosition(file, SOURCE.lastIndexOf('params.') + 'params.'.length, {});
  // A parameter the API deprecates is struck through (TypeScript 4.0 and later read @deprecated).
  const deprecations = service.getSuggestionDiagnostics(file).filter((d) => d.reportsDeprecated)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  fs.unlinkSync(file);
  const seen = {
    params: hover('params'),
    state: hover('state'),
    pending: hover('pending'),
    device: hover('device'),
    fields: completions ? completions.entries.map((e) => e.name).sort() : [],
    deprecations,
  };
  const problems = [];
  const expect = (what, ok) => { if (!ok) problems.push(`${what}: ${JSON.stringify(seen)}`); };
  expect('hover of OrgParams<\'get\'>', seen.params === 'const params: OrgGetParams');
  expect('hover of Params<\'device\', \'sendState\'>', seen.state === 'const state: DeviceSendStateParams');
  expect('hover of a promise result', /^const pending: Promise<(OrganizationInvitations|OrganizationInvitation\[\])>$/.test(seen.pending));
  expect('hover of Result<\'device\', \'get\'>', seen.device === 'let device: Device | undefined');
  expect('completions list the fields', ['_embedded', '_links', 'losantdomain', 'orgId', 'summaryExclude'].every((f) => seen.fields.indexOf(f) !== -1));
  const major = Number(ts.versionMajorMinor.split('.')[0]);
  if (major >= 4) expect('device.getState\'s since shown deprecated', seen.deprecations.length === 1 && /'since' is deprecated/.test(seen.deprecations[0]));
  expect('no bundler renames or indexed types', ![seen.params, seen.state, seen.pending, seen.device].some((h) => /\$\d|Map\[|\[['"]/.test(h)));
  return { seen, problems };
}
