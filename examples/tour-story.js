'use strict';
// The second part of `npm start`: a short story across resources. Create an application
// and a device in it, watch the device's state stream, send a state (with a callback), read
// it back (with a promise), see it arrive on the stream (an EventSource), and read the list
// of applications whole, a page at a time (client.paginate).

/** Runs the story; `print(name, style, text)` and `fail(name, style, err)` report each step. */
function story(client, print, fail) {
  var app;
  var device;
  var stream;
  var stopWatching = function () { if (stream) stream.close(); };
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
      return client.device.stateStream({ applicationId: app.id, deviceId: device.id, keepAliveInterval: 1 });
    })
    .then(function (eventSource) {
      stream = eventSource;
      stream.addEventListener('deviceState', function (event) { arrived({ name: event.type, data: JSON.parse(event.data) }); });
      print('device.stateStream', 'promise', 'watching ' + device.name + '\'s state');
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
      print('device.stateStream', 'event', event.name + ': temperature ' + event.data.data.temperature);
      stopWatching();
      // Any paged list, read whole: here one application a page, so each is a request of its own.
      return client.paginate(client.applications.get, { perPage: 1, sortField: 'name' });
    })
    .then(function (apps) {
      print('paginate', 'promise', 'applications.get read whole, 1 a page: ' +
        apps.map(function (a) { return a.name; }).join(', '));
    })
    .catch(function (err) {
      stopWatching();
      fail('story', 'promise', err);
    });
}

module.exports = story;
