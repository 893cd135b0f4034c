/*
 * Calls made while a legacy test has `sinon.useFakeTimers()` installed (sinon 9,
 * whose default fakes setTimeout, setInterval, setImmediate, Date and hrtime),
 * mocked with nock, in callback and in promise style: each must complete with
 * no clock tick, since a call with nothing to wait for uses no timer.
 *
 * Run by test/legacy/nock.test.js against the packed losant-org-client installed
 * as `losant-rest`, with each nock on every Node release where it installs.
 * (losant-rest 2.8.1 itself does not complete these: its axios waits on a timer
 * the fake clock holds.) Sinon 19 and later fake process.nextTick and
 * queueMicrotask too by default, under which Node's own http stalls; see the
 * README's "Legacy projects".
 */
'use strict';

var should = require('should');
var nock = require('nock');
var sinon = require('sinon');
var api = require('losant-rest');

var API = 'https://api.losant.com';
var HAL = { _actions: false, _embedded: true, _links: true };
var APP_ID = '5b9e4c6d8c1e2f0007a1b2c3';
var DEVICE_ID = '5b9e4c6d8c1e2f0007a1b2d4';

describe('Losant calls under sinon fake timers (mocked with nock)', function () {
  var clock;

  beforeEach(function () {
    nock.cleanAll();
    nock.disableNetConnect();
    clock = sinon.useFakeTimers();
  });

  afterEach(function () {
    clock.restore();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('a GET completes with no clock tick (callback)', function (done) {
    var scope = nock(API, { reqheaders: { authorization: 'Bearer my-api-token' } })
      .get('/applications/' + APP_ID)
      .query(HAL)
      .reply(200, { id: APP_ID, name: 'Plant' });

    api.createClient({ accessToken: 'my-api-token' }).application.get({ applicationId: APP_ID }, function (err, app) {
      should(err).equal(null);
      app.name.should.equal('Plant');
      scope.isDone().should.be.true();
      done();
    });
  });

  it('a POST with a body completes with no clock tick (promise)', function () {
    var scope = nock(API, { reqheaders: { authorization: 'Bearer my-api-token' } })
      .post('/applications/' + APP_ID + '/devices', { name: 'Pump', deviceClass: 'standalone' })
      .query(HAL)
      .reply(201, { id: DEVICE_ID, name: 'Pump' });

    var client = api.createClient({ accessToken: 'my-api-token' });
    return client.devices.post({ applicationId: APP_ID, device: { name: 'Pump', deviceClass: 'standalone' } }).then(function (device) {
      device.id.should.equal(DEVICE_ID);
      scope.isDone().should.be.true();
    });
  });

  it('a 404 arrives with no clock tick (callback)', function (done) {
    nock(API).get('/applications/' + APP_ID).query(HAL).reply(404, { type: 'NotFound', message: 'Application was not found' });

    api.createClient({ accessToken: 'my-api-token' }).application.get({ applicationId: APP_ID }, function (err, result) {
      err.statusCode.should.equal(404);
      err.type.should.equal('NotFound');
      should(result).equal(undefined);
      done();
    });
  });

  it('a 404 arrives with no clock tick (promise)', function () {
    nock(API).get('/applications/' + APP_ID).query(HAL).reply(404, { type: 'NotFound', message: 'Application was not found' });

    return api.createClient({ accessToken: 'my-api-token' }).application.get({ applicationId: APP_ID }).then(function () {
      throw new Error('expected a 404');
    }, function (err) {
      err.statusCode.should.equal(404);
      err.message.should.equal('Application was not found');
    });
  });

  it('Date is the fake clock\'s while the calls run', function () {
    Date.now().should.equal(0);
  });
});
