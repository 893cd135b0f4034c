/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceCredentials.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceCredentials",
  root: JSON.parse('{"type":"object","properties":{"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"key":{"type":"string"},"secret":{"type":"string"},"tokenTTL":{"type":"integer","minimum":0},"requestedScopes":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["all.Device","all.Device.read","data.export","data.timeSeriesQuery","data.lastValueQuery","device.commandStream","device.get","device.getCompositeState","device.getState","device.stateStream","device.getLogEntries","device.getCommand","device.debug","device.sendState","device.sendCommand","device.setConnectionStatus","devices.get","devices.getCompositeState","devices.sendCommand"]}}},"required":["deviceId"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
