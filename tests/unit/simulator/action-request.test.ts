import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/simulator/api/api-errors';
import { parseActionRequest } from '../../../electron/simulator/api/action-request';

function failure(body: unknown): string {
  try {
    parseActionRequest(body);
  } catch (error) {
    if (error instanceof ApiError) return `${error.status} ${error.message}`;
    throw error;
  }
  return 'accepted';
}

describe('action requests', () => {
  it('parses each documented action into catalog kinds and typed params', () => {
    const { actions, request } = parseActionRequest({
      exoml:
        '<Flow><Gather numDigits="4" timeoutInSec="10" finishOnKey="#"><Say>Enter your PIN</Say></Gather></Flow>',
      action_custom_param: 'pin',
    });
    expect(request.action_custom_param).toBe('pin');
    expect(actions).toEqual([
      {
        kind: 'gather',
        params: { numDigits: 4, timeoutInSec: 10, finishOnKey: '#', text: 'Enter your PIN' },
      },
    ]);
  });

  it('accepts every example of the leg-actions seed', () => {
    for (const exoml of [
      '<flow> <answer /> </flow>',
      '<flow> <hangup /> </flow>',
      '<flow> <startplay loop="1"> https://example.com/audio.wav </startplay> </flow>',
      '<flow> <stopplay /> </flow>',
      '<flow> <say preferredttsengine="polly" language="en" pollyvoiceid="aditi"> hello </say> </flow>',
      '<flow> <startrecording direction="both" format="wav" storagetype="s3" /> </flow>',
      '<flow> <hold> <startplay>https://example.com/moh.wav</startplay> </hold> </flow>',
      '<flow> <mute direction="out" /> </flow>',
      '<flow> <joinbridge bridgesid="bridge_sid" absorbdtmf="true" /> </flow>',
      '<flow> <startstream streamtype="bidirectional" streamurl="wss://bot.example.com/stream" /> </flow>',
      '<flow> <startmonitoring monitoringlegsid="leg_sid" rxaudio="muted" /> </flow>',
      '<flow> <refer legeventendpoint="grpc://new-endpoint:9001" /> </flow>',
    ]) {
      expect(failure({ exoml }), exoml).toBe('accepted');
    }
  });

  it('says where ExoML is not well-formed', () => {
    expect(failure({ exoml: '<Flow>\n  <Say>Hi</Sya>\n</Flow>' })).toMatch(
      /^400 exoml is not valid: .*line 2, column 10: <\/Sya> closes <Say>/,
    );
  });

  it('rejects attribute values outside the catalog', () => {
    expect(failure({ exoml: '<Flow><Say preferredTTSEngine="azure">Hi</Say></Flow>' })).toBe(
      '400 exoml: <Say> preferredTTSEngine must be one of "polly", "googletts", not "azure"',
    );
    expect(failure({ exoml: '<Flow><Hangup/><Mute direction="sideways"/></Flow>' })).toMatch(
      /<Mute> \(action 2\) direction must be one of/,
    );
  });
});
