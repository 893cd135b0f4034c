'use strict';
// Issue #15, the data file: saving never follows a link planted at the temp
// file's name (exclusive create, random name, mode 0600), writes through a
// symlinked data file to its target, and a data file that is not a seed
// document (`null` included) stops the start and is left as it was.
const fs = require('fs');
const os = require('os');
const path = require('path');
const sinon = require('sinon');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { ORG, TOKENS } = require('../../helpers/emulator-fixtures');

const POSIX = process.platform !== 'win32';

describe('emulator hardening: the data file (#15)', () => {
  let dir;
  let file;
  let emu;
  const others = [];
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'emu-harden-')));
    file = path.join(dir, 'state.json');
  });
  afterEach(async () => {
    sinon.restore();
    if (emu) await emu.close();
    emu = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
    others.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });

  const rename = (e, name) => createClient({ accessToken: TOKENS.admin, url: e.url }).org.patch({ orgId: ORG, organization: { name } });

  it('#1 never writes through a link planted at a temp-file name; temp files are exclusive, random and 0600', async () => {
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'precious\n');
    // Every name the old scheme (<file>.<pid>.<n>.tmp) could pick in this process.
    for (let n = 1; n <= 5000; n++) fs.symlinkSync(victim, `${file}.${process.pid}.${n}.tmp`);
    const opened = sinon.spy(fs, 'openSync');
    emu = await startEmulator({ data: file });
    await rename(emu, 'After');

    expect(fs.readFileSync(victim, 'utf8')).to.equal('precious\n');
    expect(fs.lstatSync(file).isFile()).to.equal(true);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).orgs[0].name).to.equal('After');
    if (POSIX) expect(fs.statSync(file).mode & 0o777).to.equal(0o600);
    const temps = opened.getCalls().filter((call) => path.dirname(String(call.args[0])) === dir);
    expect(temps).to.have.length(2); // the save at start, then the patch
    temps.forEach((call) => {
      expect(call.args[1], 'exclusive create').to.equal('wx');
      expect(call.args[2], 'owner-only mode').to.equal(0o600);
      expect(path.basename(call.args[0])).to.match(/^\.state\.json\.[0-9a-f]{16,}\.tmp$/);
    });
    expect(temps[0].args[0]).to.not.equal(temps[1].args[0]);
    // Only the planted links (untouched) and the data file remain.
    const left = fs.readdirSync(dir).filter((name) => !fs.lstatSync(path.join(dir, name)).isSymbolicLink());
    expect(left.sort()).to.deep.equal(['state.json', 'victim.txt']);
  });

  for (const text of ['null', '[]', '"state"', '0', 'true']) {
    it(`#2 a data file holding ${text} stops the start, naming the file, and is left untouched`, async () => {
      fs.writeFileSync(file, text);
      const err = await startEmulator({ data: file }).then((e) => { emu = e; return null; }, (e) => e);
      expect(err, 'start-up must fail').to.be.an('error');
      expect(err.message).to.equal(`Invalid seed: seed must be an object (data file ${file})`);
      expect(fs.readFileSync(file, 'utf8')).to.equal(text);
      expect(fs.readdirSync(dir)).to.deep.equal(['state.json']);
    });
  }

  it('#11 a data or seed file that is not JSON is refused without quoting it (it holds tokens)', async () => {
    const secret = 's3cr3t-TOKEN-value';
    for (const text of [`{"tokens": [{"name": "a", "token": ${secret}, "scopes": []}]}`, `{"tokens": [{"token": "${secret}"}], oops`]) {
      fs.writeFileSync(file, text);
      for (const options of [{ data: file }, { seed: file }]) {
        const err = await startEmulator(options).then((e) => { emu = e; return null; }, (e) => e);
        expect(err, 'start-up must fail').to.be.an('error');
        expect(err.message).to.match(/^The (data|seed) file .+ is not valid JSON( \(at character \d+\))?$/);
        expect(err.message).to.not.include('s3cr3t');
      }
      expect(fs.readFileSync(file, 'utf8')).to.equal(text);
    }
  });

  it('#9 a symlinked data file stays a link: saves go to its target, through a temp file next to the target', async () => {
    const real = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'emu-harden-target-')));
    others.push(real);
    const target = path.join(real, 'real-state.json');
    fs.symlinkSync(path.relative(dir, target), file);
    // A dangling link: the first save creates the target.
    emu = await startEmulator({ data: file });
    expect(fs.lstatSync(file).isSymbolicLink()).to.equal(true);
    expect(JSON.parse(fs.readFileSync(target, 'utf8')).orgs[0].name).to.equal('Demo Org');
    await rename(emu, 'Through the link');
    expect(fs.lstatSync(file).isSymbolicLink()).to.equal(true);
    expect(fs.readlinkSync(file)).to.equal(path.relative(dir, target));
    expect(JSON.parse(fs.readFileSync(target, 'utf8')).orgs[0].name).to.equal('Through the link');
    expect(fs.readdirSync(dir)).to.deep.equal(['state.json']);
    expect(fs.readdirSync(real)).to.deep.equal(['real-state.json']);
    await emu.close();

    // The next start reads the target through the link.
    emu = await startEmulator({ data: file });
    const org = await createClient({ accessToken: TOKENS.admin, url: emu.url }).org.get({ orgId: ORG });
    expect(org.name).to.equal('Through the link');
  });

  it('#9 follows a chain of links to the final target', async () => {
    const target = path.join(dir, 'final.json');
    fs.symlinkSync('middle.json', file);
    fs.symlinkSync(target, path.join(dir, 'middle.json'));
    emu = await startEmulator({ data: file });
    await rename(emu, 'Chained');
    expect(fs.lstatSync(file).isSymbolicLink()).to.equal(true);
    expect(fs.lstatSync(path.join(dir, 'middle.json')).isSymbolicLink()).to.equal(true);
    expect(JSON.parse(fs.readFileSync(target, 'utf8')).orgs[0].name).to.equal('Chained');
  });
});
