import { describe, expect, it } from 'vitest';
import { CALL_REFUSALS, callRefusalOf } from './call-refusals';

describe('the Node side’s refusals of a call', () => {
  it('are known by their words, bare or wrapped the way Electron wraps a rejected invoke', () => {
    const said = {
      unknownChannel: CALL_REFUSALS.unknownChannel.say('shell:exec'),
      invalidRequest: CALL_REFUSALS.invalidRequest.say('reports:cancel', '✖ Invalid input: expected string\n  → at jobId'),
      notFromWindow: CALL_REFUSALS.notFromWindow.say('journal:read'),
    };
    for (const [refusal, message] of Object.entries(said)) {
      expect(callRefusalOf(message)).toBe(refusal);
      expect(callRefusalOf(`Error invoking remote method 'x': IpcRejection: ${message}`)).toBe(refusal);
    }
  });

  it('do not take an error that merely mentions a request for one', () => {
    expect(callRefusalOf('EACCES: permission denied, open \'/home/li/Invalid request on x: y.csv\'')).toBeUndefined();
    expect(callRefusalOf('the disk is full')).toBeUndefined();
  });
});
