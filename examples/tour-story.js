'use strict';
// The second part of `npm start`: a short story across resources. Create an application
// and a device in it, watch the device's state stream, send a state (with a callback), read
// it back (with a promise), and see it arrive on the stream. The stream is read over plain
// HTTP (Server-Sent Events): the client's own EventSource support comes in a later release.

var http = require('http');

/** Opens the device's state stream; calls `onEvent(name, data)` for each event; resolves with a close function. */
function watchState(emu, applicationId, deviceId, onEvent) {
  return new Promise(function (resolve, reject) {
    var path = '/applications/' + applicationId + '/devices/' + deviceId + '/stateStream?keepAliveInterval=1';
    var req = http.get(emu.url + path, { headers: { authorization: 'Bearer ' + emu.demo.token } }, function (res) {
      if (res.statusCode !== 200) return reject(new Error('the stream answered ' + res.statusCode));
      var buffer = '';
      res.setEncoding('utf8');
      res.on('data', function (chunk) {
        buffer += chunk;
        var at;
        while ((at = buffer.indexOf('\n\n')) !== -1) {
          var frame = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          var event = /^event: (.*)$/m.exec(frame);
          var data = /^data: (.*)$/m.exec(frame);
          if (event && data) onEvent(event[1], JSON.parse(data[1]));
        }
      });
      resolve(function () { req.destroy(); });
    });
    req.on('error', reject);
  });
}

/** Runs the story; `print(name, style, text)` and `fail(name, style, err)` report each step. */
function story(client, emu, print, fail) {
  var app;
  var device;
  var stopWatching = function () {};
  var arrived;
  var eventArrived = new Promise(function (resolve) { arrived = resolve; });
  console.log('\nA story across resources:\n');
  return client.applications.post({ application: { name: 'Tour Greenhouse', description: 'Made by examples/tour.js' } })
    .then(function (result) {
      app = result;
      print('applications.post', 'promise', 'application "' + app.name + '" (' + app.id + ')');
      return client.devices.post({
        applicationId: app.id,
        device: { name: 'Tour Sensor', deviceClass: 'standalone', attributes: [{ name: 'temperature', dataType: 'number' }] },
      });
    })
    .then(function (result) {
      device = result;
      print('devices.post', 'promise', 'device "' + device.name + '" (' + device.id + ')');
      return watchState(emu, app.id, device.id, function (name, data) { arrived({ name: name, data: data }); });
    })
    .then(function (stop) {
      stopWatching = stop;
      print('device.stateStream', 'HTTP', 'watching ' + device.name + '\'s state');
      return new Promise(function (done, reject) {
        // with callbacks
        client.device.sendState({ applicationId: app.id, deviceId: device.id, deviceState: { data: { temperature: 21.5 } } }, function (err, result) {
          if (err) return reject(err);
          print('device.sendState', 'callback', 'success: ' + result.success);
          done();
        });
      });
    })
    .then(function () {
      return client.device.getState({ applicationId: app.id, deviceId: device.id });
    })
    .then(function (states) {
      print('device.getState', 'promise', 'temperature ' + states[0].data.temperature + ' at ' + states[0].time);
      return Promise.race([eventArrived, new Promise(function (resolve, reject) {
        setTimeout(function () { reject(new Error('no deviceState event within 5 s')); }, 5000).unref();
      })]);
    })
    .then(function (event) {
      print('device.stateStream', 'HTTP', event.name + ' event: temperature ' + event.data.data.temperature);
      stopWatching();
    })
    .catch(function (err) {
      stopWatching();
      fail('story', 'promise', err);
    });
}

module.exports = story;
