/*
 * The nock suite of test/legacy/cli/program.js, a small program written against
 * losant-rest 2.x the way Losant's CLI uses it (login and set-token through the raw
 * `request({ method, url })`, `experience.bootstrap({ applicationId })` without options, a
 * file upload, status listings, a DELETE). Every request is mocked from fixtures.json: the
 * real wire of losant-rest 2.8.1, recorded once by cli/record.js (methods, paths, queries,
 * bodies, the token and accept headers, the answers). ES5, mocha, should and nock, as
 * such projects wrote their tests.
 *
 * test/legacy/nock.test.js runs it UNCHANGED against losant-rest 2.8.1 itself and against
 * the packed losant-org-client installed under the name `losant-rest`, under nock 9 to 14
 * on every Node where that nock installs.
 */
'use strict';

var querystring = require('querystring');
var should = require('should');
var nock = require('nock');
var Program = require('./cli/program');
var S = require('./cli/scenario');
var recorded = require('./cli/fixtures.json');

var API = 'https://api.losant.com';

/** The parts of a multipart/form-data body: name, filename, type and content, whatever the boundary. */
function formParts(body) {
  var text = String(body);
  var boundary = text.slice(0, text.indexOf('\r\n'));
  return text.split(boundary).slice(1, -1).map(function (chunk) {
    var split = chunk.indexOf('\r\n\r\n');
    var head = chunk.slice(2, split);
    var name = /name="([^"]*)"/.exec(head);
    var filename = /filename="([^"]*)"/.exec(head);
    var type = /content-type: *([^\r\n]*)/i.exec(head);
    return {
      name: name && name[1],
      filename: filename && filename[1],
      type: type && type[1],
      data: chunk.slice(split + 4, chunk.length - 2)
    };
  });
}

/** Mocks the recorded calls `from` to `to` (inclusive), each matched as a mocking suite would match it. */
function mock(from, to) {
  return recorded.calls.slice(from, to + 1).map(function (call) {
    var headers = { accept: 'application/json' };
    if (call.reqheaders.authorization) headers.authorization = call.reqheaders.authorization;
    var type = call.reqheaders['content-type'];
    if (type) headers['content-type'] = /^multipart/.test(type) ? /^multipart\/form-data; boundary=/ : /^application\/json/;
    var q = call.path.indexOf('?');
    var body = call.body === '' ? undefined : call.body;
    if (type && /^multipart/.test(type)) {
      body = function (sent) { return JSON.stringify(formParts(sent)) === JSON.stringify(formParts(call.body)); };
    }
    var interceptor = nock(call.scope, { reqheaders: headers }).intercept(q === -1 ? call.path : call.path.slice(0, q), call.method, body);
    if (q !== -1) interceptor = interceptor.query(querystring.parse(call.path.slice(q + 1)));
    return interceptor.reply(call.status, call.response);
  });
}

function allDone(scopes) {
  scopes.forEach(function (scope) { scope.isDone().should.be.true(); });
}

describe('the CLI program, against the recorded wire of losant-rest 2.8.1', function () {
  var program;

  beforeEach(function () {
    nock.cleanAll();
    nock.disableNetConnect();
    program = new Program(API);
  });

  afterEach(function () {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('login with a wrong password fails with the API\'s 401 (callback)', function (done) {
    var scopes = mock(0, 0);
    program.login(S.EMAIL, 'not-the-password', function (err) {
      should(err).be.an.Error();
      err.statusCode.should.equal(recorded.steps.wrongPassword.statusCode);
      err.type.should.equal(recorded.steps.wrongPassword.type);
      allDone(scopes);
      done();
    });
  });

  it('login: the token, then the white-label domains through request({ method: \'get\', url })', function (done) {
    var scopes = mock(1, 2);
    program.login(S.EMAIL, S.PASSWORD, function (err, config) {
      should(err).equal(null);
      config.should.eql(recorded.steps.login);
      allDone(scopes);
      done();
    });
  });

  it('set-token: the domains asked with the token given (promise)', function () {
    var scopes = mock(3, 3);
    return program.setToken(recorded.steps.login.apiToken).then(function (config) {
      config.should.eql(recorded.steps.setToken);
      allDone(scopes);
    });
  });

  it('experience bootstrap without options: PATCH with the body {}', function () {
    var scopes = mock(4, 4);
    program.config = recorded.steps.login;
    return program.bootstrap(S.APP).then(function (result) {
      result.should.eql(recorded.steps.bootstrap);
      allDone(scopes);
    });
  });

  it('files upload: a multipart body with the file (callback)', function (done) {
    var scopes = mock(5, 5);
    program.config = recorded.steps.login;
    program.upload(S.APP, S.FILE, Buffer.from(S.CONTENTS), function (err, result) {
      should(err).equal(null);
      result.should.eql(recorded.steps.upload);
      allDone(scopes);
      done();
    });
  });

  it('status: four listings, one of them through request({ url, params })', function () {
    var scopes = mock(6, 9);
    program.config = recorded.steps.login;
    return program.status(S.APP).then(function (status) {
      status.should.eql(recorded.steps.status);
      allDone(scopes);
    });
  });

  it('experience delete: a DELETE with its query and the body {} (callback)', function (done) {
    var scopes = mock(10, 10);
    program.config = recorded.steps.login;
    program.removeExperience(S.APP, function (err, result) {
      should(err).equal(null);
      result.should.eql(recorded.steps.removeExperience);
      allDone(scopes);
      done();
    });
  });
});
