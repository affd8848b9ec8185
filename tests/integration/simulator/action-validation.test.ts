import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answeredLeg, VIRTUAL_PHONE } from './helpers/answered-leg';
import { startSimHarness } from './helpers/sim-harness';
import type { SimHarness } from './helpers/sim-harness';
import { waitUntil } from './helpers/wait-until';

let h: SimHarness;
let leg: string;

beforeAll(async () => {
  h = await startSimHarness();
  leg = await answeredLeg(h);
});

afterAll(async () => {
  await h.close();
});

/** ExoML, and words the 400's message must contain. */
const REJECTED: [description: string, exoml: string, says: RegExp][] = [
  ['ExoML that is not well-formed', '<Flow><Say>Hi</Flow>', /not valid.*line 1, column \d+/],
  ['a root other than <Flow>', '<Response><Hangup/></Response>', /root element must be <Flow>/],
  ['an unknown tag', '<Flow><Dance/></Flow>', /<Dance> is not an ExoML action/],
  ['text straight inside <Flow>', '<Flow>hello</Flow>', /wrap it in an action/],
  ['an empty <Flow>', '<Flow></Flow>', /no action/],
  [
    'an unknown attribute',
    '<Flow><Say voice="Aditi">Hi</Say></Flow>',
    /<Say> has no attribute voice/,
  ],
  [
    'a TTS engine that is not polly or googletts',
    '<Flow><Say preferredTTSEngine="azure">Hi</Say></Flow>',
    /preferredTTSEngine must be one of "polly", "googletts"/,
  ],
  [
    'loop over 10',
    '<Flow><StartPlay loop="11">https://x.example/a.wav</StartPlay></Flow>',
    /loop must be a whole number from 0 to 10/,
  ],
  [
    'loop that is not a number',
    '<Flow><Say loop="twice">Hi</Say></Flow>',
    /loop must be a whole number/,
  ],
  ['a Play with no URL', '<Flow><StartPlay/></Flow>', /<StartPlay> is empty/],
  [
    'a Play of something that is no URL',
    '<Flow><StartPlay>a.wav</StartPlay></Flow>',
    /url is not a URL/,
  ],
  ['a Say with no text', '<Flow><Say/></Flow>', /<Say> is empty/],
  [
    'numDigits of 0',
    '<Flow><Gather numDigits="0"/></Flow>',
    /numDigits must be a whole number from 1 to 50/,
  ],
  [
    'a recording direction that is not in/out/both',
    '<Flow><StartRecording direction="up"/></Flow>',
    /direction must be one of/,
  ],
  [
    'a recording format that is not wav/mp3',
    '<Flow><StartRecording format="ogg"/></Flow>',
    /format must be one of "wav", "mp3"/,
  ],
  [
    'a stream URL that is not ws(s)://',
    '<Flow><StartStream streamUrl="https://bot.example"/></Flow>',
    /must start with wss:\/\/ or ws:\/\//,
  ],
  ['a stream without a URL', '<Flow><StartStream/></Flow>', /needs attribute streamUrl/],
  [
    'a stream type that is neither',
    '<Flow><StartStream streamType="both" streamUrl="wss://b.example"/></Flow>',
    /streamType must be one of/,
  ],
  [
    'rxAudio that is neither muted nor enabled',
    '<Flow><StartMonitoring monitoringLegSid="x" rxAudio="loud"/></Flow>',
    /rxAudio must be one of/,
  ],
  [
    'a Refer endpoint that is not grpc or http',
    '<Flow><Refer legEventEndpoint="ftp://x:1"/></Flow>',
    /must start with grpc:\/\//,
  ],
  [
    'absorbDtmf that is not true or false',
    '<Flow><JoinBridge bridgeSid="b" absorbDtmf="maybe"/></Flow>',
    /absorbDtmf must be true or false/,
  ],
  [
    'a bridge that does not exist',
    '<Flow><JoinBridge bridgeSid="NOBRIDGE"/></Flow>',
    /bridgeSid: there is no bridge NOBRIDGE/,
  ],
  [
    'monitoring a leg that does not exist',
    '<Flow><StartMonitoring monitoringLegSid="NOLEG"/></Flow>',
    /monitoringLegSid: there is no leg NOLEG/,
  ],
  ['Answer on an outbound leg', '<Flow><Answer/></Flow>', /Answer is for incoming legs/],
  [
    'stopping a recording that never started',
    '<Flow><StopRecording/></Flow>',
    /is not being recorded/,
  ],
  ['stopping a stream that never started', '<Flow><StopStream/></Flow>', /is not streaming/],
  ['leaving a bridge the leg is not in', '<Flow><LeaveBridge/></Flow>', /is not in a bridge/],
];

describe('leg-action validation', () => {
  it.each(REJECTED)('answers 400 for %s, saying what is wrong', async (_, exoml, says) => {
    const reply = await h.act(leg, exoml);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      method: 'POST',
      http_code: 400,
      response: { data: null, error_data: { code: 400 } },
    });
    expect(reply.body.response.error_data.message).toMatch(says);
  });

  it('answers 400 for a body without exoml, or with exoml that is not text', async () => {
    const missing = await h.api('POST', `${h.v2}/legs/${leg}/actions`, {
      action_custom_param: 'x',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.response.error_data.message).toBe('exoml is required');
    const number = await h.api('POST', `${h.v2}/legs/${leg}/actions`, { exoml: 5 });
    expect(number.body.response.error_data.message).toBe('exoml must be a string');
    const param = await h.api('POST', `${h.v2}/legs/${leg}/actions`, {
      exoml: '<Flow><Hold/></Flow>',
      action_custom_param: 7,
    });
    expect(param.body.response.error_data.message).toBe('action_custom_param must be a string');
  });

  it('accepts tags and attributes in any case, as the seeds write them', async () => {
    const reply = await h.act(
      leg,
      '<flow><say preferredttsengine="googletts" LOOP="1">hi</say></flow>',
    );
    expect(reply.status).toBe(202);
  });

  it('answers 400 for an action that needs an answered leg while it still rings', async () => {
    const ringing = await h.dial(VIRTUAL_PHONE);
    await waitUntil('ringing', () => h.sim.control.getLeg(ringing).ringing);
    const reply = await h.act(ringing, '<Flow><Say>Hello?</Say></Flow>');
    expect(reply.status).toBe(400);
    expect(reply.body.response.error_data.message).toMatch(/not answered yet \(state ringing\)/);
    // Hangup and Refer need no answer: cancelling a call that rings is allowed.
    expect((await h.act(ringing, '<Flow><Hangup/></Flow>')).status).toBe(202);
  });
});
