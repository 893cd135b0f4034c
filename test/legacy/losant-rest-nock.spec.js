/*
 * A legacy project's tests of its Losant calls, written for losant-rest 2.x the
 * way such projects wrote them: mocha, should and nock, ES5, callbacks with
 * `done` and promises, nock scopes with `reqheaders`, bodies and `.query()`.
 *
 * test/legacy/nock.test.js runs this file UNCHANGED (it is not edited for the
 * swap) against losant-rest 2.8.1 itself and against the packed
 * losant-org-client installed under the name `losant-rest` (what
 * `npm install losant-rest@npm:losant-org-client` does), under nock 9, 10, 11,
 * 13 and 14, on every Node release where that nock installs, with the legacy
 * mocha 5. It is not one of the repo's own mocha files (.spec.js).
 */
'use strict';

var should = require('should');
var nock = require('nock');
var api = require('losant-rest');

var API = 'https://api.losant.com';
var HAL = { _actions: false, _embedded: true, _links: true };
var APP_ID = '5b9e4c6d8c1e2f0007a1b2c3';
var DEVICE_ID = '5b9e4c6d8c1e2f0007a1b2d4';

function mockedApi(token) {
  var headers = { accept: 'application/json' };
  if (token) headers.authorization = 'Bearer ' + token;
  return nock(API, { reqheaders: headers });
}

describe('our Losant integration (mocked with nock)', function () {
  beforeEach(function () {
    nock.cleanAll();
    nock.disableNetConnect();
  });

  afterEach(function () {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('logs a user in: POST with a JSON body (callback)', function (done) {
    var scope = mockedApi()
      .post('/auth/user', { email: 'ops@example.com', password: 'correct-horse-9' })
      .query(HAL)
      .reply(200, { userId: '5b9e4c6d8c1e2f0007a1b2e5', token: 'a-user-token' });

    api.createClient().auth.authenticateUser({
      credentials: { email: 'ops@example.com', password: 'correct-horse-9' }
    }, function (err, result) {
      should(err).equal(null);
      result.should.eql({ userId: '5b9e4c6d8c1e2f0007a1b2e5', token: 'a-user-token' });
      scope.isDone().should.be.true();
      done();
    });
  });

  it('lists devices with the token header and a nested query (promise)', function () {
    var scope = mockedApi('my-api-token')
      .get('/applications/' + APP_ID + '/devices')
      .query({
        _actions: false, _embedded: true, _links: true,
        page: 0, perPage: 25,
        tagFilter: [{ key: 'floor', value: '2' }, { key: 'kind' }]
      })
      .reply(200, { count: 1, totalCount: 1, items: [{ id: DEVICE_ID, name: 'Boiler' }] });

    var client = api.createClient({ accessToken: 'my-api-token' });
    return client.devices.get({
      applicationId: APP_ID,
      page: 0,
      perPage: 25,
      tagFilter: [{ key: 'floor', value: '2' }, { key: 'kind' }]
    }).then(function (result) {
      result.count.should.equal(1);
      result.items[0].name.should.equal('Boiler');
      scope.isDone().should.be.true();
    });
  });

  it('renames a device: PATCH with a body and the token (callback)', function (done) {
    var scope = mockedApi('my-api-token')
      .patch('/applications/' + APP_ID + '/devices/' + DEVICE_ID, { name: 'Boiler 2' })
      .query(HAL)
      .reply(200, { id: DEVICE_ID, name: 'Boiler 2' });

    var client = api.createClient({ accessToken: 'my-api-token' });
    client.device.patch({ applicationId: APP_ID, deviceId: DEVICE_ID, device: { name: 'Boiler 2' } }, function (err, device) {
      should(err).equal(null);
      device.name.should.equal('Boiler 2');
      scope.isDone().should.be.true();
      done();
    });
  });

  it('reports a missing application as a 404 error (callback)', function (done) {
    var scope = mockedApi('my-api-token')
      .get('/applications/' + APP_ID)
      .query(HAL)
      .reply(404, { type: 'NotFound', message: 'Application was not found' });

    var client = api.createClient({ accessToken: 'my-api-token' });
    client.application.get({ applicationId: APP_ID }, function (err, result) {
      err.statusCode.should.equal(404);
      err.type.should.equal('NotFound');
      err.message.should.equal('Application was not found');
      should(result).equal(undefined);
      scope.isDone().should.be.true();
      done();
    });
  });

  it('reports a missing application as a 404 error (promise)', function () {
    mockedApi('my-api-token')
      .get('/applications/' + APP_ID)
      .query(HAL)
      .reply(404, { type: 'NotFound', message: 'Application was not found' });

    var client = api.createClient({ accessToken: 'my-api-token' });
    return client.application.get({ applicationId: APP_ID }).then(function () {
      throw new Error('expected a 404');
    }, function (err) {
      err.statusCode.should.equal(404);
      err.type.should.equal('NotFound');
      err.message.should.equal('Application was not found');
    });
  });
});
